package org.carepath.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (the Debian {@code chromium} and {@code chromium-driver} packages) driving
 * Camunda's webapps. Nothing is downloaded: the browser binary and the driver are given
 * explicitly, so Selenium Manager never runs. Every wait is an explicit {@link WebDriverWait} of
 * at most {@link #TIMEOUT}.
 *
 * <p>Selectors of the Camunda 7.24 webapps (from camunda-commons-ui, the same in Tasklist, Cockpit
 * and Admin):
 *
 * <ul>
 *   <li>login form: {@code form[name='signinForm']} with a text input (placeholder "Username"), a
 *       password input (placeholder "Password") and a submit button "Log in"; the inputs have no
 *       id;
 *   <li>signed-in user in the header: {@code li.account > a.dropdown-toggle}, whose text is the
 *       user's full name ("Nina North");
 *   <li>notifications (e.g. "Login Failed"): {@code .notifications .alert}.
 * </ul>
 */
public final class BrowserSession implements AutoCloseable {

  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  public static final By LOGIN_FORM = By.cssSelector("form[name='signinForm']");
  public static final By LOGIN_USERNAME = By.cssSelector("form[name='signinForm'] input[type='text']");
  public static final By LOGIN_PASSWORD =
      By.cssSelector("form[name='signinForm'] input[type='password']");
  public static final By LOGIN_SUBMIT =
      By.cssSelector("form[name='signinForm'] button[type='submit']");
  /** The signed-in user's name in the header of every webapp. */
  public static final By HEADER_USER = By.cssSelector("li.account > a.dropdown-toggle");
  public static final By NOTIFICATION = By.cssSelector(".notifications .alert");
  public static final By ERROR_NOTIFICATION = By.cssSelector(".notifications .alert-danger");

  private final Path userDataDir;
  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  public BrowserSession() {
    try {
      userDataDir = Files.createTempDirectory("carepath-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--user-data-dir=" + userDataDir);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeDriver started;
    try {
      started = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteUserDataDir();
      throw e;
    }
    driver = started;
    driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
    wait = new WebDriverWait(driver, TIMEOUT);
    wait.ignoring(StaleElementReferenceException.class);
  }

  public WebDriver driver() {
    return driver;
  }

  /** An explicit wait of at most {@link #TIMEOUT}, for conditions this class does not offer. */
  public <T> T waitUntil(ExpectedCondition<T> condition) {
    return wait.until(condition);
  }

  /** Opens a URL and waits until the document has loaded (not until Angular has rendered). */
  public BrowserSession open(String url) {
    driver.get(url);
    wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    return this;
  }

  /** Reloads the current page (e.g. Tasklist's list is stale after starting a process). */
  public BrowserSession reload() {
    driver.navigate().refresh();
    wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    return this;
  }

  /** The start page of a webapp ({@code tasklist}, {@code cockpit}, {@code admin}) on the default engine. */
  public static String appUrl(String baseUrl, String app) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + "/camunda/app/" + app + "/default/";
  }

  /**
   * Opens {@code /camunda/app/<app>/default/}, fills Camunda's login form and submits it, then
   * waits until the attempt has settled: either the header shows a signed-in user or an error
   * notification appeared. Whether the login succeeded is for the caller to check (see {@link
   * #isSignedIn()}, {@link #waitForSignedIn()}).
   */
  public BrowserSession loginTo(String baseUrl, String app, String user, String password) {
    open(appUrl(baseUrl, app));
    type(LOGIN_USERNAME, user);
    type(LOGIN_PASSWORD, password);
    click(LOGIN_SUBMIT);
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.visibilityOfElementLocated(HEADER_USER),
            ExpectedConditions.visibilityOfElementLocated(ERROR_NOTIFICATION)));
    return this;
  }

  /** Waits until the header shows the signed-in user and returns the name shown there. */
  public String waitForSignedIn() {
    WebElement user = waitForVisible(HEADER_USER);
    wait.until(d -> !user.getText().isBlank());
    return user.getText().trim();
  }

  public boolean isSignedIn() {
    return isDisplayed(HEADER_USER);
  }

  /** Whether Camunda's login form is on the page and visible. */
  public boolean isLoginFormShown() {
    return isDisplayed(LOGIN_FORM);
  }

  /** Waits until the visible text of the page contains {@code text}. */
  public BrowserSession waitForText(String text) {
    try {
      wait.until(d -> bodyText().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new org.openqa.selenium.TimeoutException(
          "Text not found on " + driver.getCurrentUrl() + ": '" + text + "'. The page shows:\n"
              + bodyText(),
          e);
    }
    return this;
  }

  /** Waits until an element is visible and returns it. */
  public WebElement waitForVisible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until an element is visible and contains {@code text}, and returns it. */
  public WebElement waitForVisibleText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    return waitForVisible(locator);
  }

  /** Waits until no element matching the locator is visible. */
  public BrowserSession waitForGone(By locator) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
    return this;
  }

  /** Waits until the element is clickable, then clicks it. */
  public BrowserSession click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    return this;
  }

  /**
   * Waits until the input is visible, clears it and types {@code text}; types again if Angular
   * re-rendered the input meanwhile (stale element) or the value did not arrive in full.
   */
  public BrowserSession type(By locator, String text) {
    wait.until(
        d -> {
          WebElement input = d.findElement(locator);
          if (!input.isDisplayed() || !input.isEnabled()) {
            return false;
          }
          input.clear();
          input.sendKeys(text);
          return text.equals(input.getDomProperty("value"));
        });
    return this;
  }

  public boolean isDisplayed(By locator) {
    List<WebElement> found = driver.findElements(locator);
    for (WebElement element : found) {
      try {
        if (element.isDisplayed()) {
          return true;
        }
      } catch (StaleElementReferenceException ignored) {
        // re-rendered by Angular: treat as gone
      }
    }
    return false;
  }

  /** The visible text of the page body. */
  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Saves a PNG of the browser window, creating the parent directories. */
  public Path screenshot(Path file) {
    try {
      Path absolute = file.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      File png = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), absolute, StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(png.toPath());
      return absolute;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteUserDataDir();
    }
  }

  private void deleteUserDataDir() {
    try (Stream<Path> paths = Files.walk(userDataDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temp directory left behind is harmless
    }
  }
}

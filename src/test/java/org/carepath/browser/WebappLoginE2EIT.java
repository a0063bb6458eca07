package org.carepath.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Logs the demo staff into Camunda's webapps with a real (headless) browser and checks that the
 * application authorizations of carepath hold in the UI: sector teams get Tasklist but not
 * Cockpit, service leads get Cockpit.
 *
 * <p>Camunda locks a user for a moment after a wrong password, so only {@code will} is used for
 * the bad-credentials case; no other test signs in as {@code will}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class WebappLoginE2EIT {

  /** Camunda's notification after a refused login (locale en, camunda-commons-ui). */
  static final String LOGIN_FAILED = "Login Failed";
  static final String LOGIN_ERROR_MESSAGE =
      "Wrong credentials, locked user or missing access rights to application";

  static final By TASKLIST_TASKS = By.cssSelector(".tasks-list");
  static final By TASKLIST_FILTERS = By.cssSelector(".task-filters");
  static final By COCKPIT_DASHBOARD = By.cssSelector(".ctn-view.dashboard");
  static final By BRAND_NAME = By.cssSelector(".navbar-brand .brand-name");

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;

  BrowserSession browser;
  String baseUrl;

  @BeforeEach
  void startBrowser() {
    baseUrl = "http://localhost:" + port;
    browser = new BrowserSession();
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    try {
      // What the page showed at the end of every test, passed or failed.
      browser.screenshot(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"));
    } finally {
      browser.close();
    }
  }

  @Test
  void shouldSendEachRoleToItsPlaceFromTheStartPage() {
    browser.open(baseUrl + "/").waitForText("Where to start");

    assertThat(browser.driver().findElements(By.cssSelector("main a")).stream().map(a -> a.getAttribute("href")).toList())
        .contains(baseUrl + "/camunda/app/tasklist/", baseUrl + "/cases", baseUrl + "/camunda/app/cockpit/",
            baseUrl + "/camunda/app/admin/");
    assertThat(browser.bodyText()).contains("A service lead", "An administrator", "An integrator")
        .doesNotContain("Welcome", "Camunda 8");
    browser.screenshot(SCREENSHOTS.resolve("home.png"));
  }

  @Test
  void shouldShowNinaHerTasklistAfterLogin() {
    browser.loginTo(baseUrl, "tasklist", "nina", "demo");

    assertThat(browser.waitForSignedIn()).isEqualTo("Nina North");
    browser.waitForGone(BrowserSession.LOGIN_FORM);
    browser.waitForVisibleText(BRAND_NAME, "Camunda Tasklist");
    browser.waitForVisible(TASKLIST_FILTERS);
    browser.waitForVisible(TASKLIST_TASKS);
    assertThat(browser.isLoginFormShown()).isFalse();
    assertThat(browser.isDisplayed(BrowserSession.ERROR_NOTIFICATION)).isFalse();
    assertThat(browser.currentUrl()).contains("/camunda/app/tasklist/default/").doesNotContain("#/login");

    browser.screenshot(SCREENSHOTS.resolve("tasklist-login.png"));
  }

  @Test
  void shouldRefuseCockpitLoginToSectorTeamMember() {
    browser.loginTo(baseUrl, "cockpit", "nina", "demo");

    browser.waitForVisibleText(BrowserSession.ERROR_NOTIFICATION, LOGIN_FAILED);
    browser.waitForText(LOGIN_ERROR_MESSAGE);
    assertThat(browser.isLoginFormShown()).isTrue();
    assertThat(browser.isSignedIn()).isFalse();
    assertThat(browser.isDisplayed(COCKPIT_DASHBOARD)).isFalse();
    assertThat(browser.currentUrl()).endsWith("/camunda/app/cockpit/default/#/login");
  }

  @Test
  void shouldForbidCockpitToSectorTeamMemberSignedInToTasklist() {
    browser.loginTo(baseUrl, "tasklist", "nina", "demo");
    assertThat(browser.waitForSignedIn()).isEqualTo("Nina North");

    // Camunda's webapp security filter answers 403 for an app the session is not authorized for
    // (no Cockpit page, no login form); Spring Boot renders it as its error page, today the
    // Whitelabel page "There was an unexpected error (type=Forbidden, status=403)."
    browser.open(BrowserSession.appUrl(baseUrl, "cockpit"));

    browser.waitForText("403");
    assertThat(browser.isLoginFormShown()).isFalse();
    assertThat(browser.isSignedIn()).isFalse();
    assertThat(browser.isDisplayed(COCKPIT_DASHBOARD)).isFalse();
  }

  @Test
  void shouldShowCockpitDashboardToServiceLead() {
    browser.loginTo(baseUrl, "cockpit", "lesley", "demo");

    assertThat(browser.waitForSignedIn()).isEqualTo("Lesley Lead");
    browser.waitForGone(BrowserSession.LOGIN_FORM);
    browser.waitForVisibleText(BRAND_NAME, "Camunda Cockpit");
    browser.waitForVisible(COCKPIT_DASHBOARD);
    browser.waitForText("Running Process Instances");
    browser.waitForText("Deployed");
    assertThat(browser.currentUrl()).endsWith("/camunda/app/cockpit/default/#/dashboard");
    assertThat(browser.isDisplayed(BrowserSession.ERROR_NOTIFICATION)).isFalse();
    var banner = org.openqa.selenium.By.cssSelector(".ce-eol-banner");
    assertThat(browser.driver().findElements(banner)).as("the vendor's banner is on the page").isNotEmpty();
    assertThat(browser.isDisplayed(banner)).as("and hidden").isFalse();
  }

  @Test
  void shouldRejectWrongPasswordWithLoginError() {
    // will only: a wrong password locks the user for a moment.
    browser.loginTo(baseUrl, "tasklist", "will", "not-the-password");

    browser.waitForVisibleText(BrowserSession.ERROR_NOTIFICATION, LOGIN_FAILED);
    browser.waitForText(LOGIN_ERROR_MESSAGE);
    assertThat(browser.isLoginFormShown()).isTrue();
    assertThat(browser.isSignedIn()).isFalse();
    assertThat(browser.isDisplayed(TASKLIST_TASKS)).isFalse();
    assertThat(browser.isDisplayed(TASKLIST_FILTERS)).isFalse();
    assertThat(browser.currentUrl()).endsWith("/camunda/app/tasklist/default/#/login");
  }
}

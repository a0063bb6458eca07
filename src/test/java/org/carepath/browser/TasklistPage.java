package org.carepath.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist 7.24 as staff use it: start a process from the header, pick a filter, open and
 * claim a task, fill its Camunda Form (form-js) and complete it. Selectors follow Tasklist's and
 * form-js's markup; form fields are found by the id of their form component ({@code Field_x}).
 */
final class TasklistPage {

  static final By START_PROCESS = By.cssSelector(".start-process-action a");
  static final By FORM = By.cssSelector(".fjs-form");
  static final By CLAIM = By.xpath("//*[self::a or self::button][normalize-space()='Claim']");
  /** Shown next to the assignee when the task is the signed-in user's (tooltip "Unclaim"). */
  static final By UNCLAIM = By.cssSelector("button.unclaim");
  static final By CLOSE_NOTIFICATION = By.cssSelector(".notifications .alert button.close[ng-click^='removeNotification']");
  static final By DROPDOWN_ITEM = By.cssSelector(".fjs-dropdownlist-item");

  private final BrowserSession browser;

  TasklistPage(BrowserSession browser) {
    this.browser = browser;
  }

  /** Opens the "Start process" dialog and chooses the process by its name; waits for its start form. */
  TasklistPage startProcess(String processName) {
    browser.click(START_PROCESS);
    browser.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space()=" + literal(processName) + "]"));
    browser.waitForVisible(FORM);
    return this;
  }

  /** Clicks the dialog's or the task's button with this text ("Start", "Complete"). */
  TasklistPage press(String button) {
    By locator = By.xpath("//button[normalize-space()=" + literal(button) + "]");
    WebElement element = browser.waitUntil(ExpectedConditions.elementToBeClickable(locator));
    // Tasklist's footer may cover a button at the bottom of a long form
    JavascriptExecutor page = (JavascriptExecutor) browser.driver();
    page.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    try {
      element.click();
    } catch (ElementClickInterceptedException coveredByNotification) {
      // an earlier error notification lies over the form's foot; a person would move it aside
      page.executeScript("arguments[0].click()", element);
    }
    return this;
  }

  TasklistPage openFilter(String filterName) {
    browser.click(By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())=" + literal(filterName) + "]"));
    return this;
  }

  /** Opens the task of the list whose name contains {@code text} and waits for its details. */
  TasklistPage openTask(String text) {
    browser.click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(), " + literal(text) + ")]"));
    browser.waitForVisibleText(By.cssSelector(".task-details, [cam-tasklist-task]"), text);
    return this;
  }

  /** Claims the open task; its form is read-only until then. */
  TasklistPage claim() {
    browser.click(CLAIM);
    browser.waitForGone(CLAIM);
    browser.waitForVisible(FORM);
    return this;
  }

  /**
   * For a task the model already assigned to the signed-in user (the case manager's review, say):
   * nothing to claim; waits until Tasklist shows it as theirs and its form is editable.
   */
  TasklistPage assignedToMe() {
    browser.waitForVisible(UNCLAIM);
    browser.waitForVisible(FORM);
    return this;
  }

  /** The labels of the open task's tabs ("Form", "Diagram", ...), as shown. */
  List<String> taskTabs() {
    return browser.driver().findElements(By.cssSelector(".tabbed-content .nav-tabs li a")).stream()
        .filter(WebElement::isDisplayed).map(tab -> tab.getText().trim()).toList();
  }

  /** Waits for Tasklist's error notification and answers its text. */
  String errorNotification() {
    return browser.waitForVisible(BrowserSession.ERROR_NOTIFICATION).getText();
  }

  /** Closes the notifications Tasklist shows (an error stays until closed), as a person would. */
  TasklistPage dismissNotifications() {
    for (WebElement close : browser.driver().findElements(CLOSE_NOTIFICATION)) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    browser.waitForGone(BrowserSession.NOTIFICATION);
    return this;
  }

  TasklistPage text(String fieldId, String value) {
    browser.type(field(fieldId), value);
    return this;
  }

  /** A date field: typed in the picker's format (MM/DD/YYYY) and confirmed with Enter. */
  /** Types a date as a person in the UK does, day/month/year (carepath's Tasklist reads it so in any browser). */
  TasklistPage date(String fieldId, String dayMonthYear) {
    WebElement input = browser.waitForVisible(field(fieldId + "-date"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(dayMonthYear, Keys.ENTER);
    return this;
  }

  TasklistPage tick(String fieldId) {
    // Tasklist's footer may cover a box low on a long form: bring it to the middle first
    WebElement box = browser.waitForVisible(field(fieldId));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
    browser.click(field(fieldId));
    return this;
  }

  /** A form-js select: its input is a button-like field; the options appear as a drop-down list. */
  TasklistPage choose(String fieldId, String optionLabel) {
    WebElement select = browser.waitForVisible(field(fieldId + "-display"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
    browser.click(field(fieldId + "-display"));
    List<WebElement> items = browser.waitUntil(ExpectedConditions.visibilityOfAllElementsLocatedBy(DROPDOWN_ITEM));
    items.stream().filter(item -> item.getText().trim().equals(optionLabel)).findFirst()
        .orElseThrow(() -> new AssertionError("no option '" + optionLabel + "' in " + items.stream().map(WebElement::getText).toList()))
        .click();
    return this;
  }

  /**
   * Picks the option of a form-js select that starts with this text (a label that also shows changing
   * figures) and answers the labels the select offered.
   */
  List<String> chooseStarting(String fieldId, String labelStart) {
    WebElement select = browser.waitForVisible(field(fieldId + "-display"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
    browser.click(field(fieldId + "-display"));
    List<WebElement> items = browser.waitUntil(ExpectedConditions.visibilityOfAllElementsLocatedBy(DROPDOWN_ITEM));
    List<String> labels = items.stream().map(item -> item.getText().trim()).toList();
    items.stream().filter(item -> item.getText().trim().startsWith(labelStart)).findFirst()
        .orElseThrow(() -> new AssertionError("no option '" + labelStart + "...' in " + labels))
        .click();
    return labels;
  }

  /** The visible text of the rendered form. */
  String formText() {
    return browser.waitForVisible(FORM).getText();
  }

  /** The value a field shows (a disabled textarea's text is not in {@link #formText()}). */
  String fieldValue(String fieldId) {
    return browser.waitForVisible(field(fieldId)).getAttribute("value");
  }

  /** The addresses of the links in the rendered form. */
  List<String> formLinks() {
    return browser.waitForVisible(FORM).findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
  }

  /** Whether the field is shown disabled: it shows a value and sends nothing. */
  boolean disabled(String fieldId) {
    return !browser.waitForVisible(field(fieldId)).isEnabled();
  }

  private static By field(String fieldId) {
    return By.cssSelector(".fjs-form [id$='" + fieldId + "']");
  }

  /** An XPath string literal for text that may hold an apostrophe ("Children's referral pathway"). */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}

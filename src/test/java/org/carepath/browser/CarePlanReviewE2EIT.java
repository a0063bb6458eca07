package org.carepath.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.carecoordination.CareCoordinationCases.today;

import java.nio.file.Files;
import java.time.LocalDate;
import java.nio.file.Path;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.carepath.carecoordination.CareCoordinationCases;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A case manager reviews a care plan in Tasklist, in headless Chromium, through the rendered
 * {@code CarePlanReview} form: the review is refused until the updated plan is saved, then agrees it
 * as the next version and sends it for circulation. Screenshots in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CarePlanReviewE2EIT {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  BrowserSession browser;
  TasklistPage tasklist;

  @BeforeEach
  void signIn() {
    browser = new BrowserSession();
    tasklist = new TasklistPage(browser);
    browser.loginTo("http://localhost:" + port, "tasklist", "noah", "demo");
    browser.waitForSignedIn();
  }

  @AfterEach
  void closeBrowser(TestInfo test) throws Exception {
    if (browser == null) {
      return;
    }
    try {
      browser.screenshot(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"));
      Files.writeString(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".html"),
          browser.driver().getPageSource());
    } finally {
      browser.close();
    }
  }

  @Test
  void shouldContinueCareCoordinationWithTheUpdatedPlanFromTheReviewForm() {
    // given: noah is the case manager of a case in care co-ordination, and its review date has come
    var cases = new CareCoordinationCases(port, runtime, tasks, management);
    String reference = cases.inCareCoordination("noah");
    // version 1 is circulated first (here moved past: there is no mail server), then the review waits
    cases.skipUndeliverable(reference, "Activity_CirculateCarePlan", "Gateway_ReviewJoin");
    Job reviewTimer = management.createJobQuery().processInstanceId(cases.careCoordination(reference).getId())
        .activityId("Event_ReviewDateReached").timers().singleResult();
    assertThat(reviewTimer).as("review timer").isNotNull();
    management.executeJob(reviewTimer.getId());
    assertThat(cases.task(reference, "Activity_CarePlanReview").getAssignee()).isEqualTo("noah");

    // when: noah opens the review among his cases; the form shows the agreed plan
    browser.reload();
    tasklist.openFilter("My cases")
        .openTask("Review care plan: " + CareCoordinationCases.CHILD + " (" + reference + ")")
        .assignedToMe();
    assertThat(tasklist.formText()).contains(CareCoordinationCases.CHILD, reference, "Care plan version 1",
        "Lead agency: " + CarePlanRequests.LEAD_AGENCY, "case manager: noah",
        "Refer to speech and language therapy (" + CarePlanRequests.LEAD_AGENCY + "; " + CarePlanRequests.KEYWORKER
            + "; due " + today().plusWeeks(4) + ")");

    // and continues without having saved the updated plan: refused, naming the plan
    tasklist.choose("Field_reviewOutcome", "Continue care co-ordination")
        .text("Field_reviewNotes", "Speech improving; SLT block extended; review again in five months.");
    tasklist.press("Complete");
    browser.waitForVisibleText(BrowserSession.ERROR_NOTIFICATION, "carePlan");
    assertThat(browser.waitForVisible(BrowserSession.ERROR_NOTIFICATION).getText())
        .contains("carePlan: no changed care plan saved for " + reference + " since version 1");
    browser.screenshot(SCREENSHOTS.resolve("form-care-plan-review-refused.png"));
    assertThat(cases.task(reference, "Activity_CarePlanReview")).as("still open").isNotNull();

    // when: the updated plan is saved (a new review date) and the review completed
    var noah = HttpProbe.local(port).as("noah", "demo");
    var saved = noah.putJson("/api/cases/" + reference + "/care-plan",
        CarePlanRequests.valid("noah", today().plusWeeks(8), today().plusMonths(5)));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    tasklist.dismissNotifications();
    browser.screenshot(SCREENSHOTS.resolve("form-care-plan-review.png"));
    tasklist.press("Complete");
    browser.waitUntil(d -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Activity_CarePlanReview").count() == 0);

    // then version 2 is agreed by noah, goes out for circulation, and the review is on the case file
    assertThat(noah.get("/api/cases/" + reference + "/care-plan/versions").body()).contains(
        "\"version\":1", "{\"version\":2,\"planDate\":\"" + today() + "\"",
        "\"reviewDate\":\"" + today().plusMonths(5) + "\",\"agreedBy\":\"noah\"");
    assertThat(noah.get("/api/cases/" + reference + "/care-plan").body()).contains("\"version\":2",
        "\"status\":\"AGREED\"");
    assertThat(cases.job(reference, "Activity_CirculateCarePlan")).as("circulation of version 2").isNotNull();
    assertThat(noah.get("/api/cases/" + reference).body()).contains(
        "\"title\":\"Interagency Care Plan version 2 agreed\"",
        "{\"kind\":\"NOTE\",\"title\":\"Care plan reviewed: CONTINUE\","
            + "\"body\":\"Speech improving; SLT block extended; review again in five months.\",\"author\":\"noah\"");
  }

  @Test
  void shouldAgreeThePlanAsEditedOnTheReviewFormItself() {
    // given: noah's case has come to its review
    var cases = new CareCoordinationCases(port, runtime, tasks, management);
    String reference = cases.inCareCoordination("noah");
    cases.skipUndeliverable(reference, "Activity_CirculateCarePlan", "Gateway_ReviewJoin");
    management.executeJob(management.createJobQuery().processInstanceId(cases.careCoordination(reference).getId())
        .activityId("Event_ReviewDateReached").timers().singleResult().getId());
    browser.reload();
    tasklist.openFilter("My cases")
        .openTask("Review care plan: " + CareCoordinationCases.CHILD + " (" + reference + ")")
        .assignedToMe();

    // when: noah changes the plan on the form: a second action and the next review date
    LocalDate nextReview = today().plusMonths(4);
    LocalDate due = today().plusWeeks(6);
    tasklist.choose("Field_reviewOutcome", "Continue care co-ordination")
        .text("Field_reviewNotes", "Add a nursery visit.")
        .text("Field_planAction2Description", "Visit nursery with the family")
        .text("Field_planAction2Agency", CarePlanRequests.LEAD_AGENCY)
        .text("Field_planAction2KeyworkerName", "Noah North")
        .text("Field_planAction2KeyworkerEmail", "noah@carepath.example")
        .date("Field_planAction2DueDate", ukDate(due))
        .date("Field_planReviewDate", ukDate(nextReview));
    browser.screenshot(SCREENSHOTS.resolve("form-care-plan-review-edited.png"));
    tasklist.press("Complete");
    browser.waitUntil(d -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Activity_CarePlanReview").count() == 0);

    // then version 2 is the plan as edited on the form
    var noah = HttpProbe.local(port).as("noah", "demo");
    String plan = noah.get("/api/cases/" + reference + "/care-plan").body();
    assertThat(plan).contains("\"version\":2", "\"status\":\"AGREED\"", "\"reviewDate\":\"" + nextReview + "\"",
        "\"description\":\"Visit nursery with the family\"", "\"dueDate\":\"" + due + "\"",
        "Refer to speech and language therapy");
  }

  private static String ukDate(LocalDate day) {
    return String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
  }
}

package org.carepath.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.Language;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.referral.ReferralRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A North worker takes a referral from the Tasklist start form through screening and the team
 * decision, in headless Chromium, with the Camunda Forms as staff see them. Screenshots of each
 * form are left in {@code target/screenshots/} (the staff guide uses copies of them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReferralInTasklistE2EIT {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired CareCaseRepository cases;
  @Autowired ReferralRepository referrals;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;

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
  void shouldTakeAReferralFromTheStartFormThroughScreeningAndTheTeamDecision() {
    // given: noah records a phoned-in referral
    tasklist.startProcess("Children's referral pathway")
        .choose("Field_sector", "North")
        .text("Field_childGivenName", "Cerys")
        .text("Field_childFamilyName", "Tasklist")
        .date("Field_childDateOfBirth", "14/03/2021")
        .text("Field_childPostcode", "NE1 4ST")
        .text("Field_parentName", "Gareth Tasklist")
        .text("Field_parentPhone", "0191 200 0000")
        .choose("Field_preferredLanguage", "Cymraeg (Welsh)")
        .text("Field_referrerName", "Dr Mari Lloyd")
        .text("Field_referrerRole", "Health visitor")
        .text("Field_referrerOrganisation", "Newcastle HV team")
        .text("Field_referrerEmail", "mari.lloyd@hv.example")
        .text("Field_gpName", "Dr Huw Bevan")
        .text("Field_gpPractice", "Quayside Surgery")
        .text("Field_gpEmail", "gp@quayside.example")
        .tick("Field_needCommunication")
        .tick("Field_needLearning")
        .text("Field_reason", "Not yet talking at three; nursery concerned about learning. [Details](https://phish.example/login)");
    browser.screenshot(SCREENSHOTS.resolve("form-record-referral.png"));
    tasklist.press("Start");
    browser.waitForVisibleText(BrowserSession.NOTIFICATION, "started");

    // then a case exists and its screening waits in the North meeting queue
    CareCase careCase = cases.findAll().stream()
        .filter(c -> referrals.findByCareCase(c).map(r -> "Cerys Tasklist".equals(r.childName())).orElse(false))
        .findFirst().orElseThrow();
    String reference = careCase.getReference();
    assertThat(reference).startsWith("ISC-N-");
    assertThat(careCase.getPreferredLanguage()).as("the family's language for letters").isEqualTo(Language.WELSH);
    assertThat(referrals.findByCareCase(careCase).orElseThrow().getChildDateOfBirth())
        .as("14/03/2021 typed in a US English browser is 14 March").isEqualTo(java.time.LocalDate.of(2021, 3, 14));

    // when: screening
    browser.reload();
    tasklist.openFilter("North ISCAN meeting queue").openTask("Screen referral: Cerys Tasklist (" + reference + ")")
        .claim();
    assertThat(tasklist.formText()).contains("Cerys Tasklist", "Dr Mari Lloyd");
    // the case's history is read on its case page: Tasklist's History tab (empty for staff) is not offered
    assertThat(tasklist.taskTabs()).contains("Form").doesNotContain("History");
    // the reason as typed, in a disabled text area: never rendered as Markdown (a link in it is no link)
    assertThat(tasklist.fieldValue("Field_referralReason")).contains("Not yet talking at three");
    assertThat(tasklist.disabled("Field_referralReason")).isTrue();
    assertThat(tasklist.formLinks()).noneMatch(href -> href != null && href.contains("phish.example"));
    tasklist.text("Field_needsCount", "2");
    browser.screenshot(SCREENSHOTS.resolve("form-screen-referral.png"));
    tasklist.press("Complete");

    // and the team decision, after reading the recommendation and the caseloads
    browser.reload();
    tasklist.openFilter("North ISCAN meeting queue").openTask("Decide at ISCAN meeting: Cerys Tasklist (" + reference + ")")
        .claim();
    assertThat(tasklist.formText()).contains("Recommendation: Care co-ordination\n",
        "Why: 2 or more developmental needs", "Noah North (noah): ", " of 12 open cases");
    // care co-ordination without a worker is refused in a plain sentence naming the field, and nothing is stored
    tasklist.choose("Field_decision", "Care co-ordination");
    tasklist.press("Complete");
    String refusal = tasklist.errorNotification();
    assertThat(refusal).contains("allocatedWorker: choose the care co-ordinator or family support worker")
        .doesNotContain("ENGINE-", "Exception", "TaskListener", "Cannot submit");
    browser.screenshot(SCREENSHOTS.resolve("form-refused-plainly.png"));
    tasklist.dismissNotifications();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Activity_IscanDecision").count())
        .as("the refused decision is still open").isOne();

    // the worker is picked from the sector's members, each with their caseload: nobody of another sector is offered
    assertThat(tasklist.chooseStarting("Field_allocatedWorker", "Noah North (noah)"))
        .anyMatch(o -> o.startsWith("Nina North (nina), "))
        .anyMatch(o -> o.matches("Noah North \\(noah\\), \\d+ of 12 open cases.*")).noneMatch(o -> o.contains("sara"));
    browser.screenshot(SCREENSHOTS.resolve("form-iscan-decision.png"));
    tasklist.press("Complete");
    browser.waitUntil(d -> cases.findByReference(reference).map(c -> "noah".equals(c.getAllocatedWorker())).orElse(false));

    // then the decision is on the case file and the pathway went on to the outcome letter
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Activity_IscanDecision").finished().singleResult().getAssignee()).isEqualTo("noah");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId())
        .variableName("decision").singleResult().getValue()).isEqualTo("CARE_COORDINATION");
  }
}

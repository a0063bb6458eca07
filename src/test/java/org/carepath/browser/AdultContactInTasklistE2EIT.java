package org.carepath.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.carepath.adultcontact.AdultContact;
import org.carepath.adultcontact.AdultContactRepository;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The adult front door in headless Chromium, through the rendered Camunda Forms: the contact centre
 * records a walk-in on the start form, the Alnwick team triages it (refused first for a route against
 * the recommendation without a reason) and signposts the person by ticking a suggested service.
 * Screenshots are left in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AdultContactInTasklistE2EIT {

  static final Path SCREENSHOTS = ReferralInTasklistE2EIT.SCREENSHOTS;

  @LocalServerPort int port;
  @Autowired CareCaseRepository cases;
  @Autowired AdultContactRepository contacts;
  @Autowired org.camunda.bpm.engine.TaskService tasks;

  BrowserSession browser;

  @AfterEach
  void closeBrowser(TestInfo test) throws Exception {
    if (browser != null) {
      try {
        Files.createDirectories(SCREENSHOTS);
        browser.screenshot(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"));
      } finally {
        browser.close();
      }
    }
  }

  @Test
  void shouldRecordTriageAndSignpostAnAdultThroughTheForms() {
    // given: cath at the contact centre records a walk-in from an Alnwick practice (no e-mail address)
    TasklistPage tasklist = signIn("cath");
    tasklist.startProcess("Adult contact and triage")
        .choose("Field_contactChannel", "Walk-in")
        .text("Field_givenName", "Walter")
        .text("Field_familyName", "Browser")
        .date("Field_dateOfBirth", "02/03/1950")
        .text("Field_postcode", "NE66 2AB")
        .text("Field_phone", "01665 000000")
        .text("Field_gpPracticeCode", "A84030")
        .text("Field_reason", "Lonely since moving here; would like company. [Click](https://phish.example/)");
    browser.screenshot(SCREENSHOTS.resolve("form-record-contact.png"));
    tasklist.press("Start");
    browser.waitForVisibleText(BrowserSession.NOTIFICATION, "started");
    CareCase careCase = browser.waitUntil(d -> contacts.findAll().stream()
        .filter(c -> "Walter Browser".equals(c.personName())).map(AdultContact::getCareCase).findFirst().orElse(null));
    String reference = careCase.getReference();
    assertThat(careCase.team()).isEqualTo("cst-alnwick");
    browser.close();

    // when alan triages it from his team's queue, in a Tasklist without dead ends
    tasklist = signIn("alan");
    for (String hidden : java.util.List.of("li.create-task-action", ".ce-eol-banner")) {
      var locator = org.openqa.selenium.By.cssSelector(hidden);
      assertThat(browser.driver().findElements(locator)).as(hidden + " is on the page").isNotEmpty();
      assertThat(browser.isDisplayed(locator)).as(hidden + " is hidden").isFalse();
    }
    tasklist.openFilter("My team's queue").openTask("Triage contact: Walter Browser (" + reference + ")").claim();
    assertThat(tasklist.formText()).contains("Walter Browser", "GP practice A84030", "contact by walk-in");
    assertThat(tasklist.fieldValue("Field_contactReason")).contains("Lonely since moving here");
    assertThat(tasklist.formLinks()).noneMatch(href -> href != null && href.contains("phish.example"));
    String casePage = "http://localhost:" + port + "/cases/" + reference;
    assertThat(tasklist.formLinks()).as("every task form links to its case's page").contains(casePage);
    tasklist.tick("Field_needsAssessment").choose("Field_triageOutcome", "Simple local solution (signpost)")
        .choose("Field_signpostNeed", "Loneliness");
    tasklist.press("Complete");
    browser.waitForVisibleText(BrowserSession.ERROR_NOTIFICATION, "triageReason: AdultTriage recommends ASSESS_AND_ARRANGE");
    browser.screenshot(SCREENSHOTS.resolve("form-triage-contact-refused.png"));
    tasklist.dismissNotifications().text("Field_triageReason", "He asked only for company, not an assessment");
    tasklist.press("Complete");

    // and signposts him to the first suggested service
    browser.reload();
    tasklist.openFilter("My team's queue").openTask("Signpost to local services: Walter Browser (" + reference + ")").claim();
    assertThat(tasklist.fieldValue("Field_suggestion1")).contains("loneliness");
    tasklist.tick("Field_send1").text("Field_signpostNote", "Drop in on a Tuesday.");
    browser.screenshot(SCREENSHOTS.resolve("form-signpost.png"));
    tasklist.press("Complete");

    // then, with no e-mail address, the team posts the letter, read from the form, and the case closes signposted
    browser.reload();
    tasklist.openFilter("My team's queue").openTask("Post letter to the person: Walter Browser (" + reference + ")").claim();
    assertThat(tasklist.fieldValue("Field_letterText")).contains("Dear Walter Browser", "Drop in on a Tuesday.");
    tasklist.tick("Field_letterPosted");
    browser.screenshot(SCREENSHOTS.resolve("form-post-signposting-letter.png"));
    tasklist.press("Complete");
    browser.waitUntil(d -> cases.findByReference(reference).map(c -> c.getOutcome() == CaseOutcome.SIGNPOSTED).orElse(false));

    // and the form's link opens the case page, signed in as in Tasklist: the whole case, readable and printable
    browser.open(casePage).waitForText("Case file");
    assertThat(browser.bodyText()).contains("Walter Browser (" + reference + ")", "Closed: signposted", "cst-alnwick",
        "Lonely since moving here", "Letter to post: Local services that may help you", "Who has held the case");
    browser.screenshot(SCREENSHOTS.resolve("case-page.png"));
  }

  @Test
  void shouldAssessAndAgreeASupportPlanThatAManagerAuthorisesThroughTheForms() throws Exception {
    // given a contact that alan triaged to assess and arrange, with himself as lead worker
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var api = org.carepath.support.HttpProbe.local(port);
    String reference = json.readTree(api.as("cath", "demo").postJson("/api/contacts",
        org.carepath.adultcontact.ContactRequests.valid(org.carepath.adultcontact.ContactRequests.ALNWICK, null)).body())
        .get("reference").asText();
    String triage = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
    var triaged = api.as("alan", "demo").postJson("/engine-rest/task/" + triage + "/complete",
        "{\"variables\": {\"severeMentalHealth\": {\"value\": false}, \"complexCarePlanExpected\": {\"value\": false},"
            + " \"seriousRisk\": {\"value\": false}, \"transitionFromChildrensServices\": {\"value\": false},"
            + " \"unresolvedConflict\": {\"value\": false}, \"needsAssessment\": {\"value\": true},"
            + " \"triageOutcome\": {\"value\": \"ASSESS_AND_ARRANGE\"}, \"leadWorker\": {\"value\": \"alan\"}}}");
    assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(204);

    // when alan records the overview assessment on its form
    TasklistPage tasklist = signIn("alan");
    tasklist.openFilter("My cases").openTask("Carry out overview assessment: Edith Armstrong (" + reference + ")")
        .assignedToMe();
    assertThat(tasklist.fieldValue("Field_selfAssessmentSummary")).as("her own answers, once she sends them")
        .contains("Not returned yet");
    for (String outcome : java.util.List.of("outcomeNutrition", "outcomePersonalHygiene", "outcomeToileting",
        "outcomeDressing", "outcomeHomeSafety", "outcomeHabitableHome", "outcomeRelationships", "outcomeWorkLearning",
        "outcomeCommunity", "outcomeCaringForChild")) {
      tasklist.choose("Field_" + outcome, "Substantial difficulty");
    }
    tasklist.tick("Field_wellbeingImpact").tick("Field_needsFromCondition");
    browser.screenshot(SCREENSHOTS.resolve("form-overview-assessment.png"));
    tasklist.press("Complete");
    browser.waitUntil(d -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Activity_AgreeSupportPlan").count() == 1);

    // and writes the support plan on its form, with a weekly amount below the indicative one
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
    java.time.format.DateTimeFormatter uk = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    browser.reload();
    tasklist.openFilter("My cases").openTask("Agree support plan and budget: Edith Armstrong (" + reference + ")").assignedToMe();
    assertThat(tasklist.formText()).contains("indicative weekly amount of £420 (Band 5");
    tasklist.choose("Field_planNeed1Area", "Physical")
        .text("Field_planNeed1Description", "Cannot get to the shops since her fall")
        .text("Field_planAgency1Name", "Coquet Home Care").text("Field_planAgency1Contact", "Rota")
        .text("Field_planAgency1Email", "rota@coquet.example").tick("Field_planAgency1Consent")
        .text("Field_planAction1Description", "Shopping call twice a week")
        .text("Field_planAction1Agency", "Coquet Home Care").text("Field_planAction1KeyworkerName", "Rota")
        .text("Field_planAction1KeyworkerEmail", "rota@coquet.example")
        .date("Field_planAction1DueDate", today.plusWeeks(2).format(uk))
        .text("Field_planLeadAgency", "Coquet Home Care").choose("Field_planCaseManager", "Alan Alnwick (alan)")
        .date("Field_planReviewDate", today.plusMonths(11).format(uk));
    tasklist.text("Field_planWeeklyAmount", "380").text("Field_planBudgetRationale", "Her daughter does the shopping");
    browser.screenshot(SCREENSHOTS.resolve("form-agree-support-plan.png"));
    tasklist.press("Complete");
    browser.waitUntil(d -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Activity_AuthoriseSupportPlan").count() == 1);
    browser.close();

    // then maggie, an adult manager, reads the plan and authorises it
    tasklist = signIn("maggie");
    tasklist.openFilter("My team's queue").openTask("Authorise support plan: Edith Armstrong (" + reference + ")").claim();
    assertThat(tasklist.fieldValue("Field_supportPlanSummary")).contains("Personal budget: £380.00 a week (indicative £420.00)",
        "Why it differs: Her daughter does the shopping", "Shopping call twice a week");
    tasklist.tick("Field_authorised");
    browser.screenshot(SCREENSHOTS.resolve("form-authorise-support-plan.png"));
    tasklist.press("Complete");
    browser.waitUntil(d -> api.as("alan", "demo").get("/api/cases/" + reference + "/care-plan").body()
        .contains("\"status\":\"AGREED\""));
    browser.close();

    // and alan finds her through the search page, in his caseload, and opens her case page from there
    signIn("alan");
    browser.open("http://localhost:" + port + "/cases?q=Edith%20Armstrong").waitForText("found");
    assertThat(browser.bodyText()).contains("My caseload", reference);
    browser.screenshot(SCREENSHOTS.resolve("case-search.png"));
    browser.click(org.openqa.selenium.By.linkText(reference)).waitForText("Case file");
    assertThat(browser.bodyText()).contains("Edith Armstrong (" + reference + ")", "Support plan",
        "Personal budget £380.00 a week (indicative £420.00)");
  }

  private TasklistPage signIn(String user) {
    browser = new BrowserSession();
    browser.loginTo("http://localhost:" + port, "tasklist", user, "demo");
    browser.waitForSignedIn();
    return new TasklistPage(browser);
  }
}

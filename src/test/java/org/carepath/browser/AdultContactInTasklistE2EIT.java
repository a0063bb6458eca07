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

    // when alan triages it from his team's queue
    tasklist = signIn("alan");
    tasklist.openFilter("My team's queue").openTask("Triage contact: Walter Browser (" + reference + ")").claim();
    assertThat(tasklist.formText()).contains("Walter Browser", "GP practice A84030", "contact by walk-in");
    assertThat(tasklist.fieldValue("Field_contactReason")).contains("Lonely since moving here");
    assertThat(tasklist.formLinks()).noneMatch(href -> href != null && href.contains("phish.example"));
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
  }

  private TasklistPage signIn(String user) {
    browser = new BrowserSession();
    browser.loginTo("http://localhost:" + port, "tasklist", user, "demo");
    browser.waitForSignedIn();
    return new TasklistPage(browser);
  }
}

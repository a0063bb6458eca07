package org.carepath.casepage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.carepath.adultcontact.AdultCases;
import org.carepath.adultcontact.ContactRequests;
import org.carepath.browser.BrowserSession;
import org.carepath.support.HttpProbe;
import org.carepath.support.ModelCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo as a newcomer runs it: sample cases to explore from the first start; no mail server, yet
 * letters count as sent, the pathway moves on, and staff read the letters of their own cases at
 * /cases/letters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"carepath.demo.catch-letters=true", "carepath.demo.sample-cases=true",
    // a context of its own: its engine under a name of its own, so the shared test context's engine
    // (registered as "default" in Camunda's static registry) stays the one its sign-in filters find
    "camunda.bpm.process-engine-name=demoit", "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles({"demo", "test"})
class DemoIT {

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  @Test
  void shouldKeepTheLettersTheDemoSendsForTheStaffOfTheCase() throws Exception {
    // given an adult signposted by alan, with no mail server anywhere
    AdultCases adults = new AdultCases(HttpProbe.local(port), tasks, "/engine-rest/engine/demoit");
    String reference = adults.contact(ContactRequests.ALNWICK);
    adults.complete("alan", reference, "Activity_TriageContact", Map.of("severeMentalHealth", false,
        "complexCarePlanExpected", false, "seriousRisk", false, "transitionFromChildrensServices", false,
        "unresolvedConflict", false, "needsAssessment", false, "triageOutcome", "SIMPLE_LOCAL_SOLUTION",
        "signpostNeed", "loneliness"));
    adults.complete("alan", reference, "Activity_Signpost", Map.of("send1", true));

    // then the letter counts as sent and the case closes, as with a mail server
    await().atMost(Duration.ofSeconds(30)).until(() -> as("alan").get("/api/cases/" + reference).body()
        .contains("\"outcome\":\"SIGNPOSTED\""));
    var outbox = as("alan").get("/cases/letters");
    assertThat(outbox.statusCode()).isEqualTo(200);
    assertThat(outbox.body()).contains("Letters the demo sent", "Local services that may help you (" + reference + ")",
        "edith.armstrong@home.example", "Dear Edith Armstrong", "(sent)");
    assertThat(as("ben").get("/cases/letters").body()).as("another team's letters").doesNotContain(reference);
    assertThat(as("nina").get("/cases/letters").body()).doesNotContain(reference);
    assertThat(HttpProbe.local(port).get("/cases/letters").statusCode()).isEqualTo(401);

    // and alan reads them in a browser (signed in by HTTP Basic, as the page allows besides the webapps' session)
    try (BrowserSession browser = new BrowserSession()) {
      browser.open("http://alan:demo@localhost:" + port + "/cases/letters").waitForText("Dear Edith Armstrong");
      browser.screenshot(Path.of("target", "screenshots", "demo-letters.png"));
    }
  }

  @Test
  void shouldHoldSampleCasesAtDifferentStagesInEverySectorAndTeam() {
    assertThat(as("nina").get("/cases?q=Ffion").body()).contains("Ffion Jones", "Screen referral");
    assertThat(as("wendy").get("/cases?q=Osian").body()).contains("Osian Price", "Screen referral");
    assertThat(as("sara").get("/cases?q=Alys").body()).contains("Alys Hughes", "Decide at ISCAN meeting");
    assertThat(as("alan").get("/cases?q=Armstrong").body()).contains("Edith Armstrong", "Triage contact");
    assertThat(as("sara").get("/cases").body()).as("the team's caseloads against capacity")
        .contains("Caseloads of iscan-south", "Sara South (sara)", "Sam South (sam)").doesNotContain("Nina North");
    var ben = as("ben").get("/cases");
    assertThat(ben.body()).as("his caseload").contains("George Milburn", "Carry out overview assessment");
    assertThat(as("nina").get("/cases?q=Alys").body()).as("another sector's").doesNotContain("Alys Hughes");
  }

  @Test
  void shouldKeepACaseWaitingForACallInTheWorkersSightWithTheDateOfTheNextTry() throws Exception {
    // given sara allocates the sample case waiting for the South's decision to herself, and the family
    // does not answer her call
    AdultCases staff = new AdultCases(HttpProbe.local(port), tasks, "/engine-rest/engine/demoit");
    String reference = tasks.createTaskQuery().taskDefinitionKey("Activity_IscanDecision").list().stream()
        .filter(t -> t.getName().contains("Alys Hughes")).findFirst().orElseThrow().getName().replaceAll(".*\\((.*)\\)$", "$1");
    staff.complete("sara", reference, "Activity_IscanDecision", Map.of("decision", "CARE_COORDINATION",
        "allocatedWorker", "sara", "decisionReason", "Sara knows the family from the school"));
    staff.complete("sara", reference, "Activity_OptInCall", Map.of("familyResponse", "NO_CONTACT"));
    // (and the team has noted what it learned from one of its first five cases)
    staff.complete("sara", reference, "Activity_LearningReview", Map.of("learningNotes", "Ask school first"));

    // then no task is open, yet her caseload and the case page say when the call is tried again
    String caseload = as("sara").get("/cases").body();
    assertThat(caseload).contains("Alys Hughes", "Waiting: Call retry due (");
    assertThat(as("sara").get("/cases/" + reference).body()).contains("Waiting: Call retry due (");
  }

  @Test
  void shouldShowAManagerThatTheShippedModelsLeaveNoSampleCaseBehind() throws Exception {
    // given the sample cases at their stages, and the shipped models with the review reminder at three weeks
    String[] files = new String[8];
    int i = 0;
    for (String model : List.of("ReferralPathway", "IapAssessment", "CareCoordination", "AdultContact")) {
      String xml = Files.readString(Path.of("processes", model + ".bpmn"));
      files[i++] = model + ".bpmn";
      files[i++] = xml.replace("reviewStarts(caseReference, 14)", "reviewStarts(caseReference, 21)");
    }

    // when an administrator checks them (a process manager gets the same with counts below five suppressed)
    var response = ModelCheck.send(as("demo"), files);

    // then they could be deployed, and every running sample case could move to them
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    assertThat(report.get("deployable").asBoolean()).as(response.body()).isTrue();
    long running = 0;
    for (var process : report.get("processes")) {
      assertThat(process.get("removed")).as(process.get("key").asText()).isEmpty();
      for (var version : process.get("running")) {
        assertThat(version.get("notMigratable").asLong()).as(process.get("key").asText()).isZero();
        running += version.get("instances").asLong();
      }
    }
    assertThat(running).as("the sample cases").isGreaterThanOrEqualTo(5);
    assertThat(report.toString()).contains("reviewStarts(caseReference, 14)", "reviewStarts(caseReference, 21)");
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}

package org.carepath.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code GET /api/reports/flow} over cases this test alone made: a context of its own, so every count is
 * known. Six South referrals, five decided "no capacity" and closed (the demo's outbox takes the letters).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"carepath.demo.catch-letters=true",
    // a context of its own: its engine under a name of its own (see DemoIT)
    "camunda.bpm.process-engine-name=flowreportit", "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowReportIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired CareCaseRepository cases;

  @BeforeAll
  void sixSouthReferralsFiveClosedForLackOfCapacity() throws Exception {
    List<String> references = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      var created = as("sara").postJson("/api/referrals", ReferralRequests.valid("SOUTH", null));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      references.add(JSON.readTree(created.body()).get("reference").asText());
    }
    for (String reference : references.subList(0, 5)) {
      complete(reference, "Activity_ScreenReferral", Map.of("needsCount", 2, "asdAdhdRequested", false,
          "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", false));
      complete(reference, "Activity_IscanDecision", Map.of("decision", "NO_CAPACITY"));
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> references.subList(0, 5).stream()
        .allMatch(r -> cases.findByReference(r).map(c -> c.getStatus() == CareCase.Status.CLOSED).orElse(false)));
  }

  @Test
  void shouldCountTheSectorsCasesTheirOutcomesAndTheirTimeToDecision() throws Exception {
    var response = as("lesley").get("/api/reports/flow?pathway=CHILDREN&sector=SOUTH");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("received").asLong()).isEqualTo(6);
    assertThat(report.get("outcomes").get("NO_CAPACITY").asLong()).isEqualTo(5);
    assertThat(report.get("outcomes").get("DISCHARGED").isNull()).as("none: suppressed like any count below 5").isTrue();
    JsonNode decision = report.get("stages").get(0);
    assertThat(decision.get("name").asText()).isEqualTo("Referral to team decision");
    assertThat(decision.get("cases").asLong()).isEqualTo(5);
    assertThat(decision.get("medianDays").asDouble()).isBetween(0.0, 0.1);
    assertThat(decision.get("p90Days").asDouble()).isBetween(0.0, 0.1);
    assertThat(report.get("stages").get(2).get("cases").isNull()).as("no plan agreed").isTrue();
    assertThat(report.get("handoffsPerCase").asDouble()).isZero();
    assertThat(report.get("reviewsOnTime").isNull()).isTrue();
    assertThat(report.get("overdueActions").isNull()).isTrue();
    assertThat(report.get("receivedBy").get("health visitor").asLong()).isEqualTo(6);
    assertThat(report.get("tasksDone").asLong()).as("five screenings, five decisions").isEqualTo(10);
    assertThat(report.get("tasksOnTime").asDouble()).isEqualTo(1.0);
    assertThat(report.get("letters").get("SENT").asLong()).as("the five no-capacity letters").isEqualTo(5);
    assertThat(report.get("letters").get("FAILED").isNull()).isTrue();
    assertThat(response.body()).as("no child's name on an aggregate").doesNotContain("Ffion", "Jones", "ISC-");
  }

  @Test
  void shouldSetEveryReportAgainstTheBaselineAServiceLeadRecords() throws Exception {
    // when lesley records the first half of the year as the South's baseline
    var recorded = as("lesley").putJson("/api/reports/baseline",
        "{\"pathway\": \"CHILDREN\", \"sector\": \"SOUTH\", \"from\": \"2026-01-01\", \"to\": \"2026-06-30\"}");

    // then the South's report carries the baseline's figures beside its own; the North's none
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    assertThat(JSON.readTree(recorded.body()).get("recordedBy").asText()).isEqualTo("lesley");
    JsonNode report = JSON.readTree(as("lesley").get("/api/reports/flow?pathway=CHILDREN&sector=SOUTH").body());
    assertThat(report.get("received").asLong()).isEqualTo(6);
    assertThat(report.get("baseline").get("from").asText()).isEqualTo("2026-01-01");
    assertThat(report.get("baseline").get("received").isNull()).as("no case then: suppressed").isTrue();
    assertThat(report.get("baseline").get("baseline").isNull()).isTrue();
    assertThat(JSON.readTree(as("lesley").get("/api/reports/flow?pathway=CHILDREN&sector=NORTH").body()).get("baseline").isNull()).isTrue();
    assertThat(as("demo").get("/api/reports/baseline?pathway=CHILDREN&sector=SOUTH").statusCode()).isEqualTo(200);
    assertThat(as("demo").get("/api/reports/baseline?pathway=ADULT").statusCode()).isEqualTo(404);
    var csv = as("lesley").send(as("lesley").request("/api/reports/flow?pathway=CHILDREN&sector=SOUTH").header("Accept", "text/csv").GET());
    assertThat(csv.body()).contains("baseline period,2026-01-01 to 2026-06-30,,,,\r\n", "baseline received,,,,,\r\n");
    assertThat(as("lesley").get("/reports?pathway=CHILDREN&sector=SOUTH").body()).contains("Baseline, 1 Jan 2026 to 30 Jun 2026");

    // and a baseline is a period that has ended, asked for by a service lead
    var future = as("lesley").putJson("/api/reports/baseline",
        "{\"pathway\": \"CHILDREN\", \"from\": \"2026-01-01\", \"to\": \"2099-01-01\"}".replace("2099-01-01", java.time.LocalDate.now().plusMonths(2).toString()));
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("to", "a baseline is a period that has ended");
    assertThat(as("lesley").putJson("/api/reports/baseline", "{\"pathway\": \"CHILDREN\", \"to\": \"2026-01-01\"}").body())
        .contains("from");
    assertThat(as("sara").putJson("/api/reports/baseline",
        "{\"pathway\": \"CHILDREN\", \"from\": \"2026-01-01\", \"to\": \"2026-06-30\"}").statusCode()).isEqualTo(403);
  }

  @Test
  void shouldSuppressEveryCountBelowFive() throws Exception {
    JsonNode north = JSON.readTree(as("lesley").get("/api/reports/flow?pathway=CHILDREN&sector=NORTH").body());
    JsonNode adults = JSON.readTree(as("demo").get("/api/reports/flow?pathway=ADULT&team=alnwick").body());

    assertThat(north.get("received").isNull()).isTrue();
    assertThat(north.get("stages").get(0).get("medianDays").isNull()).isTrue();
    assertThat(north.get("handoffsPerCase").isNull()).isTrue();
    assertThat(adults.get("received").isNull()).isTrue();
    assertThat(adults.get("stages").get(0).get("name").asText()).isEqualTo("Contact to triage");
  }

  @Test
  void shouldGiveTheSameReportAsCsv() {
    var csv = as("lesley").send(as("lesley").request("/api/reports/flow?pathway=CHILDREN&sector=SOUTH").header("Accept", "text/csv").GET());

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("measure,name,cases,medianDays,p90Days,value\r\n")
        .contains("received,,,,,6\r\n", "outcome,NO_CAPACITY,,,,5\r\n", "outcome,DISCHARGED,,,,\r\n",
            "stage,Referral to team decision,5,");
  }

  @Test
  void shouldRefuseStaffAndNameWhatIsWrong() {
    assertThat(as("sara").get("/api/reports/flow?pathway=CHILDREN").statusCode()).as("a care co-ordinator").isEqualTo(403);
    assertThat(as("max").get("/api/reports/flow?pathway=CHILDREN").statusCode()).as("a process manager").isEqualTo(403);
    assertThat(HttpProbe.local(port).get("/api/reports/flow?pathway=CHILDREN").statusCode()).isEqualTo(401);
    assertThat(as("lesley").get("/api/reports/flow").body()).contains("pathway", "CHILDREN or ADULT");
    assertThat(as("lesley").get("/api/reports/flow?pathway=ADULT&sector=SOUTH").body()).contains("sector", "only for the children's pathway");
    assertThat(as("lesley").get("/api/reports/flow?pathway=CHILDREN&team=alnwick").body()).contains("team", "only for the adults' pathway");
    var badDate = as("lesley").get("/api/reports/flow?pathway=CHILDREN&from=14/03/2026");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("from", "a date YYYY-MM-DD");
    assertThat(as("lesley").get("/api/reports/flow?pathway=CHILDREN&from=2026-12-01&to=2026-11-01").body())
        .contains("must not be after to");
  }

  @Test
  void shouldDrawTheDashboardForServiceLeadsOnly() throws Exception {
    var page = as("lesley").get("/reports?pathway=CHILDREN&sector=SOUTH");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("Flow of the cases", "Cases received", "Referral to team decision", "fewer than 5",
            "Caseloads against capacity", "iscan-south", "Sara South (sara)")
        .doesNotContain("Ffion", "ISC-", "Nina North");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
        .doesNotContain("unsafe-eval");
    assertThat(as("sara").get("/reports").statusCode()).isEqualTo(403);
    assertThat(HttpProbe.local(port).get("/reports").statusCode()).isEqualTo(401);
    assertThat(as("lesley").get("/reports?pathway=ADULT&sector=SOUTH").statusCode()).isEqualTo(400);

    // and in a browser the charts are drawn, one per section, with Chart.js served by carepath
    try (var browser = new org.carepath.browser.BrowserSession()) {
      browser.open("http://lesley:demo@localhost:" + port + "/reports?pathway=CHILDREN&sector=SOUTH").waitForText("Stages reached");
      browser.waitUntil(d -> ((org.openqa.selenium.JavascriptExecutor) d)
          .executeScript("return window.Chart ? Object.keys(window.Chart.instances).length : 0").equals(5L));
      browser.screenshot(java.nio.file.Path.of("target", "screenshots", "dashboard.png"));
    }
  }

  private void complete(String reference, String step, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(step).singleResult().getId(),
        variables);
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}

package org.carepath.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.carepath.browser.BrowserSession;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.feedback.FeedbackRequests;
import org.carepath.feedback.Respondent;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A scripted November in the North, played with the engine's clock (and carepath's, which follows it),
 * then read by a service lead: every figure of the flow report, the CSV and the dashboard is set
 * against the count worked out by hand below. A context of its own, so no other test's cases count.
 *
 * <p>The month (the North meets on Tuesdays: screening due 09:00, the decision and a learning review
 * at 10:00 on the next Tuesday after the task is made; an opt-in call by 17:00 the next working day):
 * <ul>
 *   <li>Mon 2 Nov 09:00: six referrals from a health visitor, A1-A6.
 *   <li>Tue 3 Nov 08:30: A1-A5 screened (due 09:00, on time); 10:00 all five accepted for care
 *       co-ordination (due 10 Nov, on time): 1.04 days to the decision; the North's first five cases,
 *       so five learning reviews are asked for. A6 is never screened.
 *   <li>Wed 4 Nov 09:00: the five families called and accepted (due 17:00, on time): 2.0 days to the
 *       first contact.
 *   <li>Tue 10 Nov 09:30: learning reviews of A1-A3 held (due 10:00, on time).
 *   <li>Mon 16 Nov 09:00: six referrals from a GP, B1-B6.
 *   <li>Tue 17 Nov 08:30: B1-B5 screened (on time). Tue 24 Nov 09:00: B6 screened (due 17 Nov: late).
 *   <li>Tue 24 Nov 16:00: B1-B5 decided "no capacity" (due 10:00 that day: late) and B6 "not eligible"
 *       (due 1 Dec: on time): 8.29 days each to the decision; the six cases close.
 *   <li>Fri 20 Nov 12:00: feedback asked of the family and a professional of A1-A5 (10 requests);
 *       Sat 21 Nov five answers: 5, 4, 4, 3, 1 (mean 3.4), two with a comment.
 * </ul>
 * By hand: 12 received (6 health visitor, 6 GP); decision 11 cases, median and 90th percentile 8.29
 * days (8.3; five at 1.04, six at 8.29); first contact 5 cases at 2.0; no plan, no discharge; outcomes
 * 5 no capacity and 1 not eligible (suppressed); tasks done 30 (11 screenings, 11 decisions, 5 calls,
 * 3 reviews), 24 on time (0.8); no handoffs (12 cases with none); letters 21 sent (5 outcome, 5
 * no-capacity, 1 not-eligible, 10 feedback requests); feedback 10 requests, 5 answers, 0.5, 3.4;
 * learning reviews 3 held of 5.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"carepath.demo.catch-letters=true",
    "camunda.bpm.process-engine-name=scriptedmonthit", "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptedMonthIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String NOVEMBER = "pathway=CHILDREN&sector=NORTH&from=2026-11-01&to=2026-11-30";

  /** carepath's clock follows the engine's, so that one setting moves both. */
  @TestConfiguration
  static class EngineClockConfiguration {
    @Bean
    @Primary
    Clock engineClock() {
      return new EngineClock(ZoneId.of("Europe/London"));
    }
  }

  /** The engine's time ({@link ClockUtil}) as a {@link Clock}. */
  static final class EngineClock extends Clock {
    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override public ZoneId getZone() { return zone; }
    @Override public Clock withZone(ZoneId other) { return new EngineClock(other); }
    @Override public Instant instant() { return ClockUtil.getCurrentTime().toInstant(); }
  }

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired CareCaseRepository cases;
  @Autowired FeedbackRequests feedback;
  @Autowired JdbcTemplate jdbc;

  List<String> a = new ArrayList<>();
  List<String> b = new ArrayList<>();

  @BeforeAll
  void playNovember() {
    at("2026-11-02T09:00:00Z");
    for (int i = 0; i < 6; i++) {
      a.add(refer(ReferralRequests.valid("NORTH", null)));
    }
    at("2026-11-03T08:30:00Z");
    a.subList(0, 5).forEach(this::screen);
    at("2026-11-03T10:00:00Z");
    a.subList(0, 5).forEach(r -> decide(r, "CARE_COORDINATION"));
    settle();
    at("2026-11-04T09:00:00Z");
    a.subList(0, 5).forEach(r -> complete(r, "Activity_OptInCall", Map.of("familyResponse", "ACCEPTED")));
    settle();
    at("2026-11-10T09:30:00Z");
    a.subList(0, 3).forEach(r -> complete(r, "Activity_LearningReview", Map.of("learningNotes", "Call the GP before the visit")));
    at("2026-11-16T09:00:00Z");
    for (int i = 0; i < 6; i++) {
      b.add(refer(ReferralRequests.valid("NORTH", null).replace("\"Health visitor\"", "\"GP\"")));
    }
    at("2026-11-17T08:30:00Z");
    b.subList(0, 5).forEach(this::screen);
    at("2026-11-20T12:00:00Z");
    for (String reference : a.subList(0, 5)) {
      feedback.request(cases.getByReference(reference), List.of(
          new Respondent(Respondent.Role.FAMILY, "Rhian Jones", "family+" + reference + "@family.example"),
          new Respondent(Respondent.Role.PROFESSIONAL, "Dr Owen Price", "hv+" + reference + "@hv.example")), "scripted-" + reference);
    }
    settle();
    at("2026-11-21T11:00:00Z");
    List<String> tokens = jdbc.queryForList("select token from feedback_request order by id", String.class);
    assertThat(tokens).hasSize(10);
    answer(tokens.get(0), 5, "Nina listened and came back when she said she would");
    answer(tokens.get(1), 4, "");
    answer(tokens.get(2), 4, "");
    answer(tokens.get(4), 3, "Too many forms");
    answer(tokens.get(6), 1, "");
    at("2026-11-24T09:00:00Z");
    screen(b.get(5));
    at("2026-11-24T16:00:00Z");
    b.subList(0, 5).forEach(r -> decide(r, "NO_CAPACITY"));
    decide(b.get(5), "NOT_ELIGIBLE");
    settle();
    await().atMost(Duration.ofSeconds(60)).until(() -> b.stream()
        .allMatch(r -> cases.findByReference(r).map(c -> c.getClosedAt() != null).orElse(false)));
    ClockUtil.reset();
  }

  @AfterAll
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldMatchTheHandCountInTheFlowReport() throws Exception {
    JsonNode report = JSON.readTree(lesley().get("/api/reports/flow?" + NOVEMBER).body());

    assertThat(report.get("received").asLong()).isEqualTo(12);
    assertThat(report.get("receivedBy").get("health visitor").asLong()).isEqualTo(6);
    assertThat(report.get("receivedBy").get("GP").asLong()).isEqualTo(6);
    assertThat(report.get("outcomes").get("NO_CAPACITY").asLong()).isEqualTo(5);
    assertThat(report.get("outcomes").get("NOT_ELIGIBLE").isNull()).as("one: suppressed").isTrue();
    assertThat(stage(report, 0)).containsExactly("Referral to team decision", "11", "8.3", "8.3");
    assertThat(stage(report, 1)).containsExactly("Referral to first contact with the family", "5", "2.0", "2.0");
    assertThat(stage(report, 2)).containsExactly("Referral to plan agreed", "null", "null", "null");
    assertThat(stage(report, 3)).containsExactly("Referral to discharge", "null", "null", "null");
    assertThat(report.get("tasksDone").asLong()).isEqualTo(30);
    assertThat(report.get("tasksOnTime").asDouble()).isEqualTo(0.8);
    assertThat(report.get("reviews").isNull()).isTrue();
    assertThat(report.get("handoffsPerCase").asDouble()).isZero();
    assertThat(report.get("handoffs").get("none").asLong()).isEqualTo(12);
    assertThat(report.get("handoffs").get("one").isNull()).isTrue();
    assertThat(report.get("letters").get("SENT").asLong()).isEqualTo(21);
    assertThat(report.get("letters").get("FAILED").isNull()).isTrue();
    assertThat(report.get("feedback").get("requests").asLong()).isEqualTo(10);
    assertThat(report.get("feedback").get("answers").asLong()).isEqualTo(5);
    assertThat(report.get("feedback").get("answered").asDouble()).isEqualTo(0.5);
    assertThat(report.get("feedback").get("averageScore").asDouble()).isEqualTo(3.4);
    assertThat(report.get("learningReviews").get("asked").asLong()).isEqualTo(5);
    assertThat(report.get("learningReviews").get("held").asLong()).isEqualTo(3);

    // and October, before any of it, is empty
    JsonNode october = JSON.readTree(lesley().get("/api/reports/flow?" + NOVEMBER.replace("2026-11-01", "2026-10-01")
        .replace("2026-11-30", "2026-10-31")).body());
    assertThat(october.get("received").isNull()).isTrue();
    assertThat(october.get("tasksDone").isNull()).isTrue();
  }

  @Test
  void shouldShowTheSameFiguresOnTheDashboardAsInTheCsv() {
    Map<String, String> csv = csvValues(lesley().send(lesley().request("/api/reports/flow?" + NOVEMBER)
        .header("Accept", "text/csv").GET()).body());

    try (var browser = new BrowserSession()) {
      browser.open("http://lesley:demo@localhost:" + port + "/reports?" + NOVEMBER).waitForText("Handoffs per case");
      browser.waitUntil(d -> ((JavascriptExecutor) d)
          .executeScript("return window.Chart ? Object.keys(window.Chart.instances).length : 0").equals(5L));
      @SuppressWarnings("unchecked")
      Map<String, String> page = (Map<String, String>) ((JavascriptExecutor) browser.driver()).executeScript("""
          var figures = {};
          document.querySelectorAll('section[aria-labelledby=summary] > dl.figures > div').forEach(function (d) {
            figures[d.querySelector('dt').textContent.trim()] = d.querySelector('dd').textContent.trim(); });
          ['funnel', 'outcomes', 'handoffs', 'over-time'].forEach(function (id) {
            document.querySelectorAll('section[aria-labelledby="' + id + '"] tbody tr').forEach(function (tr) {
              var cells = Array.prototype.map.call(tr.querySelectorAll('td'), function (td) { return td.textContent.trim(); });
              figures[id + ': ' + cells[0]] = cells.slice(1).join(' | '); }); });
          return figures;""");
      browser.screenshot(java.nio.file.Path.of("target", "screenshots", "dashboard-scripted-month.png"));

      // every number on the page is the hand count, and the CSV's
      assertThat(page).containsEntry("Cases received", "12").containsEntry("Handoffs per case", "0.0")
          .containsEntry("Reviews on time", "not shown").containsEntry("Tasks done on time", "80%")
          .containsEntry("Actions that became overdue", "fewer than 5").containsEntry("Feedback requests", "10")
          .containsEntry("Feedback answered", "50%").containsEntry("Average feedback score (1-5)", "3.4")
          .containsEntry("Learning reviews of the first five cases", "3 held of 5")
          .containsEntry("funnel: Referral to team decision", "11 | 8.3 | 8.3")
          .containsEntry("funnel: Referral to first contact with the family", "5 | 2.0 | 2.0")
          .containsEntry("funnel: Referral to plan agreed", "fewer than 5 | - | -")
          .containsEntry("outcomes: No capacity", "5").containsEntry("outcomes: Not eligible", "fewer than 5")
          .containsEntry("handoffs: None", "12").containsEntry("handoffs: One", "fewer than 5")
          .containsEntry("over-time: Nov 2026", "12");
      assertThat(csv).containsEntry("received,", "12").containsEntry("handoffsPerCase,", "0.0")
          .containsEntry("reviewsOnTime,", "").containsEntry("tasksOnTime,", "0.8").containsEntry("overdueActions,", "")
          .containsEntry("feedback,requests", "10").containsEntry("feedback,answered", "0.5")
          .containsEntry("feedback,averageScore", "3.4").containsEntry("learningReviews,held", "3")
          .containsEntry("learningReviews,asked", "5")
          .containsEntry("stage,Referral to team decision", "11,8.3,8.3,")
          .containsEntry("stage,Referral to first contact with the family", "5,2.0,2.0,")
          .containsEntry("stage,Referral to plan agreed", ",,,")
          .containsEntry("outcome,NO_CAPACITY", "5").containsEntry("outcome,NOT_ELIGIBLE", "")
          .containsEntry("handoffs,none", "12").containsEntry("handoffs,one", "");
      assertThat(String.join(" ", page.values())).doesNotContain("Ffion", "Jones", "ISC-");
    }
  }

  @Test
  void shouldLetServiceLeadsReadTheCommentsAndTheLearningButNoCaseReference() throws Exception {
    var comments = lesley().get("/api/reports/feedback/comments?" + NOVEMBER);
    var learning = lesley().get("/api/reports/learning-reviews?sector=NORTH");

    assertThat(comments.statusCode()).as(comments.body()).isEqualTo(200);
    JsonNode said = JSON.readTree(comments.body()).get("comments");
    assertThat(said).hasSize(2);
    assertThat(said.get(0).get("respondent").asText()).isEqualTo("FAMILY");
    assertThat(said.get(0).get("score").asInt()).isEqualTo(5);
    assertThat(said.get(0).get("answeredOn").asText()).isEqualTo("2026-11-21");
    assertThat(said.get(1).get("comment").asText()).isEqualTo("Too many forms");
    assertThat(JSON.readTree(learning.body())).hasSize(3).allSatisfy(review -> {
      assertThat(review.get("heldOn").asText()).isEqualTo("2026-11-10");
      assertThat(review.get("notes").asText()).isEqualTo("Call the GP before the visit");
    });
    assertThat(comments.body() + learning.body()).doesNotContain("ISC-");
    assertThat(JSON.readTree(lesley().get("/api/reports/learning-reviews?sector=SOUTH").body())).isEmpty();

    // nobody else reads them
    assertThat(as("nina").get("/api/reports/feedback/comments?pathway=CHILDREN").statusCode()).isEqualTo(403);
    assertThat(as("max").get("/api/reports/learning-reviews").statusCode()).isEqualTo(403);
    assertThat(HttpProbe.local(port).get("/api/reports/learning-reviews").statusCode()).isEqualTo(401);
    assertThat(as("demo").get("/api/reports/learning-reviews").statusCode()).isEqualTo(200);
    var badSector = lesley().get("/api/reports/learning-reviews?sector=EAST");
    assertThat(badSector.statusCode()).isEqualTo(400);
    assertThat(badSector.body()).contains("sector");
    assertThat(lesley().get("/api/reports/feedback/comments").body()).contains("pathway");
  }

  /** A stage of the report as [name, cases, median, p90], null as "null". */
  private static List<String> stage(JsonNode report, int index) {
    JsonNode stage = report.get("stages").get(index);
    return List.of(stage.get("name").asText(), stage.get("cases").asText(), stage.get("medianDays").asText(),
        stage.get("p90Days").asText());
  }

  /** The CSV as "measure,name" to the rest of the row (cases,median,p90,value, or the value alone where those are empty). */
  private static Map<String, String> csvValues(String csv) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : csv.split("\r\n")) {
      String[] cells = line.split(",", -1);
      assertThat(cells).as(line).hasSize(6);
      boolean onlyValue = cells[2].isEmpty() && cells[3].isEmpty() && cells[4].isEmpty() && !cells[0].endsWith("stage");
      values.put(cells[0] + "," + cells[1], onlyValue ? cells[5] : String.join(",", Arrays.copyOfRange(cells, 2, 6)));
    }
    return values;
  }

  private void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  /** Letters and other jobs done before the clock moves on, so each happens on its day. */
  private void settle() {
    await().atMost(Duration.ofSeconds(60)).until(() -> management.createJobQuery().messages().count() == 0
        && jdbc.queryForObject("select count(*) from notification where status in ('PENDING', 'SENDING')", Long.class) == 0);
  }

  private String refer(String body) {
    var created = as("nina").postJson("/api/referrals", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    try {
      return JSON.readTree(created.body()).get("reference").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void screen(String reference) {
    complete(reference, "Activity_ScreenReferral", Map.of("needsCount", 2, "asdAdhdRequested", false,
        "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", false));
  }

  private void decide(String reference, String decision) {
    Map<String, Object> answer = new LinkedHashMap<>(Map.of("decision", decision, "decisionReason", "Agreed at the ISCAN meeting"));
    if (decision.startsWith("CARE_COORDINATION")) {
      answer.put("allocatedWorker", "nina");
    }
    complete(reference, "Activity_IscanDecision", answer);
  }

  private void answer(String token, int score, String comment) {
    var answered = HttpProbe.local(port).send(HttpProbe.local(port).request("/feedback/" + token)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("score=" + score + "&comment=" + java.net.URLEncoder.encode(comment,
            java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
  }

  private void complete(String reference, String step, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(step).singleResult().getId(),
        variables);
  }

  private HttpProbe lesley() {
    return as("lesley");
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}

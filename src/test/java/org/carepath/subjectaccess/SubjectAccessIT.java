package org.carepath.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.careplan.CarePlans;
import org.carepath.identity.StaffGroups;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code GET /api/cases/{reference}/subject-access} (design 4d): a case taken through its decision, a
 * plan and a consent, exported and read back: the ZIP's JSON against the case as the API shows it, its
 * PDF as text, the plans as sent; who may ask; and the export in the audit trail. A context of its own
 * (the demo's outbox takes the letters).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"carepath.demo.catch-letters=true",
    "camunda.bpm.process-engine-name=subjectaccessit", "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectAccessIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final String IG_PASSWORD = "Subject-Access-2026!";

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired CarePlans plans;
  @Autowired org.carepath.circulation.CarePlanCirculation circulation;
  @Autowired JdbcTemplate jdbc;

  String reference;

  @BeforeAll
  void aCaseWithAPlanAndAConsent() throws Exception {
    var created = as("nina").postJson("/api/referrals", ReferralRequests.valid("NORTH", null));
    reference = JSON.readTree(created.body()).get("reference").asText();
    complete("Activity_ScreenReferral", Map.of("needsCount", 2, "asdAdhdRequested", false, "keyWorkerElsewhere", false,
        "complexMultiAgencyNeeds", false));
    tasks.createComment(tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(), null,
        "Discussed with the health visitor"); // on the task alone, as the Java API allows
    complete("Activity_IscanDecision", new LinkedHashMap<>(Map.of("decision", "CARE_COORDINATION", "decisionReason",
        "Agreed at the ISCAN meeting", "allocatedWorker", "nina")));
    await().atMost(Duration.ofSeconds(60)).until(() -> management.createJobQuery().messages().count() == 0);
    as("nina").putJson("/api/cases/" + reference + "/care-plan", CarePlanRequests.valid("nina", TODAY.plusWeeks(4),
        TODAY.plusMonths(3)));
    plans.agree(reference, "nina");
    circulation.circulateLatest(reference);
    as("nina").putJson("/api/cases/" + reference + "/consents/Ysgol%20Y%20Wern", "{\"shareCarePlan\": true}");
    as("nina").get("/api/cases/" + reference);
    org.carepath.support.EngineUsers.ensure(identity, "igor", "Igor", "Governance", IG_PASSWORD,
        StaffGroups.INFORMATION_GOVERNANCE);
  }

  @Test
  void shouldGiveTheWholeRecordAsJsonAndPdfInOneZip() throws Exception {
    long started = System.nanoTime();
    HttpResponse<byte[]> response = export("lesley", "demo", reference);
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
    assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    Map<String, byte[]> zip = unzip(response.body());
    assertThat(zip).containsKeys("record.json", "record.pdf", "plans/care-plan-" + reference + "-v1.pdf");
    JsonNode record = JSON.readTree(zip.get("record.json"));
    JsonNode ours = record.get("carepath");
    JsonNode theCase = JSON.readTree(as("nina").get("/api/cases/" + reference).body());

    // the record is the case as the API shows it, and everything behind it
    assertThat(record.get("reference").asText()).isEqualTo(reference);
    assertThat(record.get("madeBy").asText()).isEqualTo("lesley");
    assertThat(ours.get("care_case").get(0).get("reference").asText()).isEqualTo(theCase.get("reference").asText());
    assertThat(ours.get("referral").get(0).get("child_given_name").asText() + " "
        + ours.get("referral").get(0).get("child_family_name").asText()).isEqualTo("Ffion Jones");
    assertThat(ours.get("referral").get(0).get("child_date_of_birth").asText()).isEqualTo("2021-03-14");
    assertThat(ours.get("care_plan")).hasSize(1);
    assertThat(ours.get("care_plan_agency")).hasSize(2);
    assertThat(ours.get("agency_consent")).hasSize(2);
    assertThat(ours.get("notification").size()).as("the outcome letter and the plan to the family and the therapists")
        .isEqualTo(3);
    assertThat(ours.get("case_record_entry").size()).isGreaterThanOrEqualTo(5);
    assertThat(ours.get("audit_event").toString()).contains("nina", "/api/cases/" + reference);
    JsonNode engine = record.get("engine");
    assertThat(engine.get("processes").get(0).get("process").asText()).isEqualTo("ReferralPathway");
    assertThat(engine.get("tasks").toString()).contains("Activity_ScreenReferral", "Activity_IscanDecision");
    assertThat(engine.get("decisions").get(0).get("inputs").size()).isPositive();
    assertThat(engine.get("decisions").get(0).get("outputs").size()).isPositive();
    assertThat(engine.get("comments").get(0).get("text").asText()).isEqualTo("Discussed with the health visitor");
    assertThat(new String(zip.get("record.json"), java.nio.charset.StandardCharsets.UTF_8))
        .as("no personal link's key, no token").doesNotContainPattern("/(feedback|my-record|self-assessment)/[A-Za-z0-9_-]{43}")
        .doesNotContain("\"token\"");

    // and the PDF reads the same
    String pdf;
    try (var document = Loader.loadPDF(zip.get("record.pdf"))) {
      pdf = new PDFTextStripper().getText(document);
    }
    assertThat(pdf).contains("Everything carepath holds about case " + reference, "Ffion", "The case file",
        "Discussed with the health visitor", "Who read or changed the record");
    System.out.printf("subject access: %s exported in %d ms (%d bytes)%n", reference, millis, response.body().length);

    // and the export is on the audit trail, under the case
    assertThat(as("demo").get("/api/audit?reference=" + reference).body()).contains("subject-access", "lesley");
  }

  @Test
  void shouldExportOnlyForServiceLeadsAndInformationGovernance() {
    assertThat(export("igor", IG_PASSWORD, reference).statusCode()).as("information governance").isEqualTo(200);
    assertThat(export("nina", "demo", reference).statusCode()).as("the case's own worker").isEqualTo(403);
    assertThat(export("max", "demo", reference).statusCode()).as("a process manager").isEqualTo(403);
    assertThat(export("demo", "demo", reference).statusCode()).as("an administrator onboards information governance")
        .isEqualTo(403);
    assertThat(HttpProbe.local(port).get("/api/cases/" + reference + "/subject-access").statusCode()).isEqualTo(401);
    assertThat(export("lesley", "demo", "ISC-N-2026-99999").statusCode()).isEqualTo(404);
    assertThat(as("igor", IG_PASSWORD).get("/api/cases/" + reference).statusCode()).as("reads no case otherwise")
        .isEqualTo(404);
  }

  /**
   * Ten years of a case, as far as rows go: 10,000 reads in the audit trail (about 20 a week), 1,000
   * case file entries and 300 letters on top of the real case. Timed and printed for docs/benchmarks.md;
   * the test checks only that everything is in it.
   */
  @Test
  void shouldExportTenYearsOfACase() throws Exception {
    // a case of its own, so that the other tests' exports stay small
    String tenYears = JSON.readTree(as("nina").postJson("/api/referrals", ReferralRequests.valid("NORTH", null)).body())
        .get("reference").asText();
    long caseId = jdbc.queryForObject("select id from care_case where reference = ?", Long.class, tenYears);
    jdbc.batchUpdate("insert into audit_event (occurred_at, user_id, case_reference, action, http_method, path, outcome, status) "
        + "values (current_timestamp, 'nina', ?, 'GET /api/cases/{reference}', 'GET', ?, 'ALLOWED', 200)",
        java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> new Object[] {tenYears, "/api/cases/" + tenYears}).toList());
    jdbc.batchUpdate("insert into case_record_entry (case_id, kind, title, body, author, created_at) values (?, 'NOTE', ?, ?, 'nina', current_timestamp)",
        java.util.stream.IntStream.range(0, 1_000).mapToObj(i -> new Object[] {caseId, "Home visit " + i,
            "Visited the family; speech improving. ".repeat(8)}).toList());
    jdbc.batchUpdate("insert into notification (case_id, idempotency_key, template, recipients, subject, body, status, attempts, created_at, version) "
        + "values (?, ?, 'review', 'rhian@family.example', 'Review', ?, 'SENT', 1, current_timestamp, 0)",
        java.util.stream.IntStream.range(0, 300).mapToObj(i -> new Object[] {caseId, "ten-years/" + i,
            "Dear Rhian, the review of the plan is due. ".repeat(20)}).toList());

    long started = System.nanoTime();
    HttpResponse<byte[]> response = export("lesley", "demo", tenYears);
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode record = JSON.readTree(unzip(response.body()).get("record.json"));
    assertThat(record.get("carepath").get("audit_event").size()).isGreaterThanOrEqualTo(10_000);
    assertThat(record.get("carepath").get("case_record_entry").size()).isGreaterThanOrEqualTo(1_000);
    System.out.printf("subject access, ten years: %s exported in %d ms (%d bytes)%n", tenYears, millis, response.body().length);
  }

  private HttpResponse<byte[]> export(String user, String password, String ofCase) {
    var probe = as(user, password);
    try {
      return java.net.http.HttpClient.newHttpClient().send(probe.request("/api/cases/" + ofCase + "/subject-access").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }

  private void complete(String step, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(step).singleResult().getId(),
        variables);
  }

  private HttpProbe as(String user) {
    return as(user, "demo");
  }

  private HttpProbe as(String user, String password) {
    return HttpProbe.local(port).as(user, password);
  }
}

package org.carepath.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.identity.StaffGroups;
import org.carepath.referral.ReferralRequests;
import org.carepath.subjectaccess.CaseTables;
import org.carepath.support.HttpProbe;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention purge proved on one database (H2 or PostgreSQL): three North cases closed "no capacity"
 * three years ago; one of a child now 26 is due and purged, one like it is kept by a legal hold, one of a
 * child of five is kept until the child is 25. Rows of the purged case are counted in every carepath
 * table and every table of the engine before and after: none is left but the append-only audit trail
 * (no personal data) with the purge's line. Two purges at once remove it once.
 */
final class RetentionScenario {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String GOVERNANCE_PASSWORD = "Retention-Rules-2026!";

  private final ApplicationContext context;
  private final HttpProbe server;
  private final JdbcTemplate jdbc;
  private final TaskService tasks;

  RetentionScenario(ApplicationContext context, int port) {
    this.context = context;
    this.server = HttpProbe.local(port);
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.tasks = context.getBean(TaskService.class);
  }

  void run() throws Exception {
    // given three cases closed three years ago, two of a child now 26, one on legal hold
    HttpProbe gina = governanceOfficer();
    String due = closedNoCapacity();
    String held = closedNoCapacity();
    String young = closedNoCapacity();
    for (String reference : List.of(due, held, young)) {
      jdbc.update("update care_case set closed_at = ? where reference = ?",
          java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(3 * 366))), reference);
    }
    jdbc.update("update referral set child_date_of_birth = ? where case_id in (select id from care_case where reference in (?, ?))",
        java.sql.Date.valueOf("2000-01-01"), due, held);
    var hold = gina.putJson("/api/cases/" + held + "/legal-hold", "{\"reason\": \"A claim is expected\"}");
    assertThat(hold.statusCode()).as(hold.body()).isEqualTo(200);
    JsonNode listed = JSON.readTree(gina.get("/api/retention/due").body()).get("due");
    assertThat(listed.toString()).contains(due, held).doesNotContain(young);

    Map<String, Long> before = rowsOf(due);
    assertThat(before).as("the case's rows before").containsEntry("care_case", 1L).containsEntry("referral", 1L);
    assertThat(before.get("notification")).isPositive();
    assertThat(before.get("case_record_entry")).isPositive();
    assertThat(before.get("audit_event")).isPositive();
    assertThat(List.of("act_hi_procinst", "act_hi_taskinst", "act_hi_actinst", "act_hi_varinst", "act_hi_decinst",
        "act_hi_comment")).as("the engine's history of the case")
        .allSatisfy(t -> assertThat(before.get(t + ".proc_inst_id_")).as(t).isPositive());

    // when two purges run at once (as on two nodes), one through the API
    RetentionPurge purge = context.getBean(RetentionPurge.class);
    var first = CompletableFuture.supplyAsync(() -> purge.purgeDue("test"));
    var second = CompletableFuture.supplyAsync(() -> {
      try {
        return JSON.readTree(gina.postJson("/api/retention/purge", "").body());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    RetentionPurge.Run direct = first.get();
    JsonNode viaApi = second.get();

    // then the due case is gone from every table, once, leaving one audit line with no personal data
    List<String> purged = new ArrayList<>(direct.purged());
    viaApi.get("purged").forEach(r -> purged.add(r.asText()));
    assertThat(purged).containsExactly(due);
    assertThat(direct.skipped()).contains(new RetentionPurge.Skipped(held, "legal hold"));
    Map<String, Long> after = rowsOf(due);
    Map<String, Long> left = new LinkedHashMap<>(after);
    left.values().removeIf(count -> count == 0);
    assertThat(left).as("rows left of the purged case: the append-only audit trail and its purge line")
        .containsExactly(Map.entry("audit_event", before.get("audit_event") + 1));
    assertThat(after.keySet()).containsAll(before.keySet());
    Map<String, Object> line = jdbc.queryForMap("select user_id, action, detail from audit_event where case_reference = ? "
        + "and action = 'RETENTION_PURGE'", due);
    assertThat(line.get("action")).isEqualTo("RETENTION_PURGE");
    assertThat(String.valueOf(line.get("detail"))).contains("CHILDREN NO_CAPACITY: P2Y after closing", "rows")
        .doesNotContain("Ffion", "Jones", "2000-01-01");
    assertThat(context.getBean(HistoryService.class).createHistoricProcessInstanceQuery().processInstanceBusinessKey(due).count())
        .isZero();

    // and the held and the young case stay; a lifted hold is on the case file
    assertThat(server.as("nina", "demo").get("/api/cases/" + held).statusCode()).isEqualTo(200);
    assertThat(server.as("nina", "demo").get("/api/cases/" + young).statusCode()).isEqualTo(200);
    assertThat(gina.send(gina.request("/api/cases/" + held + "/legal-hold").DELETE()).statusCode()).isEqualTo(204);
    assertThat(jdbc.queryForList("select e.title from case_record_entry e join care_case c on c.id = e.case_id where c.reference = ?",
        String.class, held)).contains("Legal hold placed: the case is kept until it is lifted", "Legal hold lifted");

    // and only information governance and administrators manage retention
    HttpProbe nina = server.as("nina", "demo");
    assertThat(nina.get("/api/retention/due").statusCode()).isEqualTo(403);
    assertThat(nina.postJson("/api/retention/purge", "").statusCode()).isEqualTo(403);
    assertThat(nina.putJson("/api/cases/" + young + "/legal-hold", "{\"reason\": \"x\"}").statusCode()).isEqualTo(403);
    for (String insider : List.of("lesley", "max", "demo")) { // a service lead, a process manager, an administrator
      HttpProbe probe = server.as(insider, "demo");
      assertThat(probe.get("/api/retention/due").statusCode()).as(insider).isEqualTo(403);
      assertThat(probe.postJson("/api/retention/purge", "").statusCode()).as(insider).isEqualTo(403);
      assertThat(probe.send(probe.request("/api/cases/" + young + "/legal-hold").DELETE()).statusCode()).as(insider)
          .isEqualTo(403);
    }
    assertThat(server.get("/api/retention/due").statusCode()).isEqualTo(401);
    var noReason = gina.putJson("/api/cases/" + young + "/legal-hold", "{\"reason\": \" \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    assertThat(gina.get("/api/cases/" + young + "/legal-hold").statusCode()).isEqualTo(404);
  }

  /** A user of the information-governance group, made as an administrator onboards one. */
  private HttpProbe governanceOfficer() {
    org.carepath.support.EngineUsers.ensure(context.getBean(IdentityService.class), "gina", "Gina", "Governance",
        GOVERNANCE_PASSWORD, StaffGroups.INFORMATION_GOVERNANCE);
    return server.as("gina", GOVERNANCE_PASSWORD);
  }

  private String closedNoCapacity() throws Exception {
    var created = server.as("nina", "demo").postJson("/api/referrals", ReferralRequests.valid("NORTH", null));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = JSON.readTree(created.body()).get("reference").asText();
    complete(reference, "Activity_ScreenReferral", Map.of("needsCount", 2, "asdAdhdRequested", false,
        "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", false));
    tasks.createComment(tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(),
        context.getBean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
            .processInstanceBusinessKey(reference).singleResult().getId(), "Talked it through");
    complete(reference, "Activity_IscanDecision", Map.of("decision", "NO_CAPACITY", "decisionReason", "The team is full"));
    await().atMost(Duration.ofSeconds(90)).until(() -> "CLOSED".equals(jdbc.queryForObject(
        "select status from care_case where reference = ?", String.class, reference)));
    await().atMost(Duration.ofSeconds(90)).until(() -> context.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).unfinished().count() == 0);
    return reference;
  }

  /** Rows of the case in every carepath table and every engine table with a process instance column (lower-case names). */
  private Map<String, Long> rowsOf(String reference) {
    Map<String, Long> rows = new LinkedHashMap<>();
    Long caseId = jdbc.queryForList("select id from care_case where reference = ?", Long.class, reference).stream().findFirst()
        .orElse(-1L);
    rows.put("care_case", count("select count(*) from care_case where id = ?", caseId));
    for (String table : CaseTables.BY_CASE) {
      rows.put(table, count("select count(*) from " + table + " where case_id = ?", caseId));
    }
    for (String table : CaseTables.BY_PLAN) {
      rows.put(table, count("select count(*) from " + table + " where plan_id in (select id from care_plan where case_id = ?)",
          caseId));
    }
    rows.put("audit_event", count("select count(*) from audit_event where case_reference = ?", reference));
    List<String> processes = jdbc.queryForList("select id_ from act_hi_procinst where business_key_ = ?", String.class, reference);
    List<String> known = new ArrayList<>(List.of("none"));
    known.addAll(processes);
    known.addAll(jdbc.queryForList("select proc_inst_id_ from act_hi_procinst where business_key_ = ?", String.class, reference));
    // a purged case's process ids are remembered from before, so "after" counts the same ids
    remembered.computeIfAbsent(reference, r -> new ArrayList<>()).addAll(known);
    String in = String.join(",", remembered.get(reference).stream().distinct().map(id -> "'" + id.replace("'", "") + "'").toList());
    for (Map<String, Object> column : jdbc.queryForList("select table_name, column_name from information_schema.columns "
        + "where upper(table_name) like 'ACT\\_%' escape '\\' and upper(column_name) in ('PROC_INST_ID_', 'ROOT_PROC_INST_ID_')")) {
      String table = String.valueOf(column.get("table_name")).toLowerCase();
      String name = String.valueOf(column.get("column_name")).toLowerCase();
      rows.merge(table + "." + name, count("select count(*) from " + table + " where " + name + " in (" + in + ")"), Long::sum);
    }
    return rows;
  }

  private final Map<String, List<String>> remembered = new java.util.HashMap<>();

  private long count(String sql, Object... arguments) {
    return jdbc.queryForObject(sql, Long.class, arguments);
  }

  private void complete(String reference, String step, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(step).singleResult().getId(),
        variables);
  }
}

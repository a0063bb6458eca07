package org.carepath.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.carepath.support.PostgresTestDatabase;

/**
 * Cases worked through the REST API as staff work them (HTTP Basic, the engine's task API and
 * carepath's): one to an agreed plan, one that the team finds not eligible and that closes.
 */
final class CaseRuns {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final List<String> workerIds;
  private final Map<String, HttpProbe> workers = new LinkedHashMap<>();
  private int next;
  private HttpProbe worker;
  private String workerId;

  /** The North workers who take the cases in turn (each holds at most twelve cases: no waiting list). */
  CaseRuns(ProcessEngine engine, int port, List<String> workerIds, String password) {
    this.engine = engine;
    this.workerIds = workerIds;
    workerIds.forEach(id -> workers.put(id, HttpProbe.local(port).as(id, password)));
  }

  private void nextWorker() {
    workerId = workerIds.get(next++ % workerIds.size());
    worker = workers.get(workerId);
  }

  /** Referral, screening, decision, (learning review), opt-in call, initial visit, plan saved, plan meeting: six steps. */
  String toAgreedPlan() throws Exception {
    nextWorker();
    String reference = screened();
    complete(reference, "Activity_IscanDecision", Map.of("decision", "CARE_COORDINATION",
        "decisionReason", "Agreed at the ISCAN meeting", "allocatedWorker", workerId));
    for (Task review : open(reference, "Activity_LearningReview")) {
      complete(review, Map.of("learningNotes", "Reviewed by the team"));
    }
    complete(reference, "Activity_OptInCall", Map.of("familyResponse", "ACCEPTED"));
    complete(reference, "Activity_InitialVisit", Map.of("contacts", "Health visitor: Dr Owen Price",
        "alnPlan", false, "agenciesInvolved", "Health visiting", "schoolPlan", false));
    LocalDate today = LocalDate.now();
    expect(worker.putJson("/api/cases/" + reference + "/care-plan",
        CarePlanRequests.valid(workerId, today.plusWeeks(4), today.plusMonths(3))).statusCode(), 200, "plan");
    complete(reference, "Activity_PlanMeeting", Map.of("planMeetingAttendees", "Family, SLT, school"));
    awaitJobs(reference);
    return reference;
  }

  /** Referral, screening, the team's decision "not eligible", the letter, the case closed. */
  String notEligible() throws Exception {
    nextWorker();
    String reference = screened();
    complete(reference, "Activity_IscanDecision", Map.of("decision", "NOT_ELIGIBLE",
        "decisionReason", "Agreed at the ISCAN meeting"));
    awaitJobs(reference);
    return reference;
  }

  /** Rows and bytes the engine keeps in its history tables (and byte arrays) for these cases' processes. */
  static long[] historyOf(PostgresTestDatabase database, ProcessEngine engine, List<String> references) throws Exception {
    List<String> roots = new ArrayList<>();
    for (String reference : references) {
      engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()
          .forEach(p -> roots.add(p.getRootProcessInstanceId()));
    }
    long rows = 0;
    long bytes = 0;
    String in = "'" + String.join("','", roots) + "'";
    try (Connection connection = database.connect(); var statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet found = statement.executeQuery("select table_name from information_schema.columns"
          + " where column_name = 'root_proc_inst_id_' and table_schema = current_schema()"
          + " and (table_name like 'act_hi_%' or table_name = 'act_ge_bytearray')")) {
        while (found.next()) {
          tables.add(found.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet sum = statement.executeQuery("select count(*), coalesce(sum(pg_column_size(t.*)), 0) from "
            + table + " t where root_proc_inst_id_ in (" + in + ")")) {
          sum.next();
          rows += sum.getLong(1);
          bytes += sum.getLong(2);
        }
      }
    }
    return new long[] {rows, bytes};
  }

  private String screened() throws Exception {
    var created = worker.postJson("/api/referrals", ReferralRequests.valid("NORTH", null));
    expect(created.statusCode(), 201, "referral " + created.body());
    String reference = JSON.readTree(created.body()).get("reference").asText();
    complete(reference, "Activity_ScreenReferral", Map.of("needsCount", 2, "asdAdhdRequested", false,
        "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", true));
    return reference;
  }

  private void complete(String reference, String taskKey, Map<String, Object> variables) throws Exception {
    List<Task> tasks = List.of();
    for (int i = 0; i < 3000 && tasks.isEmpty(); i++) { // a step behind an asynchronous one appears shortly
      tasks = open(reference, taskKey);
      if (tasks.isEmpty()) {
        Thread.sleep(20);
      }
    }
    if (tasks.isEmpty()) {
      throw new IllegalStateException("No task " + taskKey + " for " + reference + "; open: "
          + engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).list().stream()
              .map(Task::getTaskDefinitionKey).toList() + "; failed jobs: "
          + engine.getManagementService().createJobQuery().withException().list().stream()
              .map(job -> job.getExceptionMessage()).limit(3).toList());
    }
    complete(tasks.get(0), variables);
  }

  private void complete(Task task, Map<String, Object> variables) throws Exception {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", value.getClass().getSimpleName())));
    var response = worker.postJson("/engine-rest/task/" + task.getId() + "/complete",
        JSON.writeValueAsString(Map.of("variables", typed)));
    expect(response.statusCode(), 204, task.getTaskDefinitionKey() + ": " + response.body());
  }

  private List<Task> open(String reference, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
        .list();
  }

  /** Waits until the job executor has caught up with everything before (intake leaves letters behind). */
  void awaitQuiet() throws Exception {
    for (int i = 0; i < 6000; i++) {
      if (engine.getManagementService().createJobQuery().messages().executable().count() == 0) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("The job executor did not catch up in five minutes");
  }

  /** Waits until no asynchronous step of the case is left (letters, the start of care co-ordination). */
  private void awaitJobs(String reference) throws Exception {
    for (int i = 0; i < 1500; i++) {
      long waiting = 0;
      for (var instance : engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(reference).list()) {
        waiting += engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages()
            .executable().count();
      }
      if (waiting == 0) {
        return;
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("Jobs of " + reference + " did not finish");
  }

  private static void expect(int status, int wanted, String what) {
    if (status != wanted) {
      throw new IllegalStateException(what + ": HTTP " + status);
    }
  }
}

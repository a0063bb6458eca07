package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.carecoordination.CareCoordinationCases;
import org.carepath.referral.ReferralPathwayProcess;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;

/**
 * A North case with something behind every endpoint a South user might probe: a referral with a
 * child's name and a reason nobody else uses, an open screening task with nina's comment, claimed
 * and released by nina (user operations), an agreed care plan (version 1, its PDF), a running
 * {@code CareCoordination} (its circulation job), an {@code IapAssessment} with its task and its
 * 12-week timer job, and an incident whose message names the child. {@link #secrets()} are the
 * values that must never reach another sector.
 */
record NorthCase(String reference, String reasonToken, String commentToken, String pathwayId,
    String screeningTaskId, String iapInstanceId, String iapTaskId, String timerJobId, String incidentId,
    String careCoordinationId) {

  static final String CHILD_GIVEN = "Zebedee";
  static final String CHILD_FAMILY = "Quartz";
  static final String CHILD = CHILD_GIVEN + " " + CHILD_FAMILY;

  static NorthCase create(int port, RuntimeService runtime, TaskService tasks, ManagementService management) {
    HttpProbe nina = HttpProbe.local(port).as("nina", "demo");
    String token = "canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String referral = ReferralRequests.valid("NORTH", "cross-sector-" + token)
        .replace("\"Ffion\"", "\"" + CHILD_GIVEN + "\"").replace("\"Jones\"", "\"" + CHILD_FAMILY + "\"")
        .replace("Speech delay and motor concerns at 2.5 year review.", "Reason " + token + ": speech delay.");
    var created = nina.postJson("/api/referrals", referral);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = field(created.body(), "reference");
    var plan = nina.putJson("/api/cases/" + reference + "/care-plan", CarePlanRequests.valid("nina",
        CareCoordinationCases.today().plusWeeks(4), CareCoordinationCases.today().plusMonths(3)));
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);

    String pathwayId = runtime.createProcessInstanceQuery().processDefinitionKey(ReferralPathwayProcess.KEY)
        .processInstanceBusinessKey(reference).singleResult().getId();
    String screening = tasks.createTaskQuery().processInstanceId(pathwayId)
        .taskDefinitionKey("Activity_ScreenReferral").singleResult().getId();
    String commentToken = "comment" + token;
    // nina cannot comment through the REST API: its existence check reads the task's history (see docs/security.md)
    tasks.createComment(screening, pathwayId, commentToken + " about " + CHILD);
    assertThat(nina.postJson("/engine-rest/task/" + screening + "/claim", "{\"userId\":\"nina\"}").statusCode()).isEqualTo(204);
    assertThat(nina.postJson("/engine-rest/task/" + screening + "/unclaim", "{}").statusCode()).isEqualTo(204);

    // beside screening: the IAP (a task and a timer job) and the plan meeting, agreed at once
    runtime.setVariable(pathwayId, ReferralPathwayProcess.ALLOCATED_WORKER, "nina");
    runtime.createProcessInstanceModification(pathwayId)
        .startBeforeActivity("Activity_IapAssessment").startBeforeActivity("Activity_PlanMeeting").execute();
    String meeting = tasks.createTaskQuery().processInstanceId(pathwayId)
        .taskDefinitionKey("Activity_PlanMeeting").singleResult().getId();
    tasks.complete(meeting, Map.of("planMeetingDate", CareCoordinationCases.today().toString(),
        "planMeetingAttendees", "Family, SLT, nina"));

    assertThat(tasks.createTaskQuery().taskId(screening).count()).as("screening of " + reference).isEqualTo(1);
    var iap = runtime.createProcessInstanceQuery().processDefinitionKey("IapAssessment")
        .processInstanceBusinessKey(reference).singleResult();
    String iapTask = tasks.createTaskQuery().processInstanceId(iap.getId()).singleResult().getId();
    String timer = management.createJobQuery().processInstanceId(iap.getId()).timers().singleResult().getId();
    String incident = runtime.createIncident("carepathProbe", iap.getId(), "probe", "Incident about " + CHILD + " " + token)
        .getId();
    String careCoordination = runtime.createProcessInstanceQuery().processDefinitionKey("CareCoordination")
        .processInstanceBusinessKey(reference).singleResult().getId();
    return new NorthCase(reference, token, commentToken, pathwayId, screening, iap.getId(), iapTask, timer, incident,
        careCoordination);
  }

  /** What must never appear in an answer to another sector's user (unless the request itself named it). */
  List<String> secrets() {
    return List.of(reference, CHILD_GIVEN, CHILD_FAMILY, reasonToken, commentToken);
  }

  /** What shows that an answer is about this case: a secret or one of its engine ids. */
  List<String> traces() {
    var traces = new java.util.ArrayList<>(List.of(reference, CHILD_GIVEN, reasonToken, commentToken,
        CarePlanRequests.KEYWORKER, CarePlanRequests.LEAD_AGENCY));
    traces.addAll(engineIds());
    return traces;
  }

  List<String> engineIds() {
    return List.of(pathwayId, screeningTaskId, iapInstanceId, iapTaskId, timerJobId, incidentId, careCoordinationId);
  }

  private static String field(String json, String name) {
    try {
      return new ObjectMapper().readTree(json).get(name).asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.carepath.carecoordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.referral.ReferralPathwayProcess;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;

/**
 * North cases for tests against the shared demo context: a referral at screening, or a case whose
 * plan was agreed at the plan meeting so that its {@code CareCoordination} instance runs. The pathway
 * before the plan meeting is skipped by process instance modification: its outcome letter would wait
 * for a mail server that the shared context does not have. Every case has a unique external reference.
 */
public final class CareCoordinationCases {

  public static final String CHILD = "Ffion Jones";
  /** Long enough for an idle job executor's longest wait between acquisitions (a minute). */
  public static final Duration PATIENCE = Duration.ofSeconds(90);

  private final HttpProbe nina;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final ObjectMapper json = new ObjectMapper();

  public CareCoordinationCases(int port, RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.nina = HttpProbe.local(port).as("nina", "demo");
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  /** A new North referral, submitted by nina; its pathway waits at screening. */
  public String referral() {
    var response = nina.postJson("/api/referrals", ReferralRequests.valid("NORTH", "case-events-" + UUID.randomUUID()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    try {
      return json.readTree(response.body()).get("reference").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A case in care co-ordination: nina saves a plan naming {@code caseManager}, the pathway is moved to
   * the plan meeting (allocated to nina) and the meeting is completed, which agrees version 1.
   */
  public String inCareCoordination(String caseManager) {
    String reference = referral();
    var saved = nina.putJson("/api/cases/" + reference + "/care-plan",
        CarePlanRequests.valid(caseManager, today().plusWeeks(4), today().plusMonths(3)));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    runtime.deleteProcessInstance(pathway(reference).getId(), "test: straight to the plan meeting");
    runtime.createProcessInstanceByKey(ReferralPathwayProcess.KEY).businessKey(reference)
        .setVariables(Map.of(
            ReferralPathwayProcess.CASE_REFERENCE, reference,
            ReferralPathwayProcess.SECTOR, "NORTH",
            ReferralPathwayProcess.SECTOR_TEAM, "iscan-north",
            ReferralPathwayProcess.ALLOCATED_WORKER, "nina",
            ReferralPathwayProcess.CHILD_NAME, CHILD))
        .startBeforeActivity("Activity_PlanMeeting")
        .execute();
    tasks.complete(task(reference, "Activity_PlanMeeting").getId(), Map.of(
        "planMeetingDate", today().toString(), "planMeetingAttendees", "Family, SLT, nina"));
    assertThat(careCoordination(reference)).as("CareCoordination of " + reference).isNotNull();
    // the circulation of version 1 fails here (no mail server): let its first attempt end, so that no
    // event of the test (bring back ends the instance and deletes the job) races the job executor
    afterFirstFailedAttempt(reference, "Activity_CirculateCarePlan");
    return reference;
  }

  /** Today in the UK, as carepath's clock tells it (plan dates are UK dates). */
  public static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }

  /** The running pathway of the case (exactly one). */
  public ProcessInstance pathway(String reference) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ReferralPathwayProcess.KEY)
        .processInstanceBusinessKey(reference).singleResult();
  }

  /** The running CareCoordination instance of the case, or null. */
  public ProcessInstance careCoordination(String reference) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(CareCoordinationProcess.KEY)
        .processInstanceBusinessKey(reference).singleResult();
  }

  /** The one open task of this step of the case. */
  public Task task(String reference, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey + " of " + reference).isNotNull();
    return task;
  }

  /** The asynchronous step's job of the case's CareCoordination instance, or null. */
  public Job job(String reference, String activityId) {
    return management.createJobQuery().processInstanceId(careCoordination(reference).getId()).activityId(activityId)
        .singleResult();
  }

  /**
   * Waits until the job executor has tried the step once: with no mail server its letter fails and the
   * job waits ten minutes for its next attempt, so the test may then move the token without racing it.
   */
  public Job afterFirstFailedAttempt(String reference, String activityId) {
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
      Job job = job(reference, activityId);
      assertThat(job).as(activityId + " of " + reference).isNotNull();
      return job.getExceptionMessage() != null;
    });
    return job(reference, activityId);
  }

  /**
   * Moves the token of an asynchronous step whose letter cannot go here (no mail server) on to
   * {@code nextActivityId}, as if the letters had been sent.
   */
  public void skipUndeliverable(String reference, String activityId, String nextActivityId) {
    afterFirstFailedAttempt(reference, activityId);
    runtime.createProcessInstanceModification(careCoordination(reference).getId())
        .startBeforeActivity(nextActivityId)
        .cancelAllForActivity(activityId)
        .execute();
  }
}

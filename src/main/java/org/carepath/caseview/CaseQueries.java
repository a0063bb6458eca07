package org.carepath.caseview;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecordRepository;
import org.carepath.identity.CurrentStaff;
import org.carepath.notification.NotificationRepository;
import org.carepath.system.EngineAsSystem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Reads a case for the API, only for staff of the case's sector (children) or of the team holding it (adults). */
@Service
public class CaseQueries {

  private final CareCaseRepository cases;
  private final CaseRecordRepository entries;
  private final NotificationRepository notifications;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final EngineAsSystem engine;
  private final CurrentStaff staff;
  private final ManagementService management;
  private final RuntimeService runtime;

  CaseQueries(CareCaseRepository cases, CaseRecordRepository entries, NotificationRepository notifications,
      TaskService tasks, RepositoryService repository, EngineAsSystem engine, CurrentStaff staff,
      ManagementService management, RuntimeService runtime) {
    this.management = management;
    this.runtime = runtime;
    this.cases = cases;
    this.entries = entries;
    this.notifications = notifications;
    this.tasks = tasks;
    this.repository = repository;
    this.engine = engine;
    this.staff = staff;
  }

  /** The case, if it exists and the caller works in its sector or team; otherwise 404 (no hint that it exists). */
  @Transactional(readOnly = true)
  public CareCase accessible(String reference) {
    return cases.findByReference(reference)
        .filter(c -> staff.worksInTeam(c.team()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + reference));
  }

  @Transactional(readOnly = true)
  public CaseView view(String reference) {
    CareCase careCase = accessible(reference);
    List<CaseView.RecordView> record = entries.findByCareCaseOrderByCreatedAtAscIdAsc(careCase).stream()
        .map(e -> new CaseView.RecordView(e.getKind().name(), e.getTitle(), e.getBody(), e.getAuthor(), e.getCreatedAt()))
        .toList();
    List<CaseView.NotificationView> letters = notifications.findByCareCaseOrderByCreatedAtAscIdAsc(careCase).stream()
        .map(n -> new CaseView.NotificationView(Arrays.asList(n.getRecipients().split(",")), n.getSubject(),
            n.getStatus().name(), n.getSentAt()))
        .toList();
    boolean adult = careCase.isAdult();
    return new CaseView(careCase.getReference(), careCase.getPathway().name(), careCase.getStatus().name(),
        careCase.getOutcome() == null ? null : careCase.getOutcome().name(),
        adult ? null : careCase.getSector().name(), adult ? careCase.team() : null,
        stage(careCase), adult ? null : careCase.getAllocatedWorker(), adult ? careCase.getAllocatedWorker() : null,
        careCase.getCreatedAt(), careCase.getPreferredLanguage().name(), letters, record);
  }

  /** The steps the case's work stands at ("Screen referral"), "In progress", or "Closed". */
  @Transactional(readOnly = true)
  public String stageOf(CareCase careCase) {
    return stage(careCase);
  }

  private String stage(CareCase careCase) {
    if (careCase.getStatus() == CareCase.Status.CLOSED) {
      return "Closed";
    }
    List<String> steps = engine.call(() ->
        tasks.createTaskQuery().processInstanceBusinessKey(careCase.getReference()).orderByTaskCreateTime().asc()
            .list().stream().map(this::step).distinct().toList());
    return steps.isEmpty() ? waiting(careCase.getReference()) : String.join("; ", steps);
  }

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);

  /**
   * A case without an open task is waiting for a date (a call to try again, a review to prepare):
   * "Waiting: Call retry due (9 Dec 2026)", so it never vanishes from the worker's sight; otherwise
   * "In progress" (a step of carepath's own is running or retrying).
   */
  private String waiting(String reference) {
    java.util.Set<String> instances = engine.call(() -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).active().list().stream().map(i -> i.getId())
        .collect(java.util.stream.Collectors.toSet()));
    if (instances.isEmpty()) {
      return "In progress";
    }
    List<String> dates = engine.call(() -> management.createJobQuery().timers().active()
        .processInstanceIds(instances).orderByJobDuedate().asc().listPage(0, 3).stream()
        .map(job -> {
          var definition = job.getJobDefinitionId() == null ? null
              : management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
          FlowElement element = definition == null || definition.getActivityId() == null ? null
              : repository.getBpmnModelInstance(job.getProcessDefinitionId()).getModelElementById(definition.getActivityId());
          String what = element == null || element.getName() == null ? "next step" : element.getName();
          return what + " (" + DAY.format(job.getDuedate().toInstant().atZone(java.time.ZoneId.of("Europe/London"))) + ")";
        }).distinct().toList());
    return dates.isEmpty() ? "In progress" : "Waiting: " + String.join("; ", dates);
  }

  /** The step's name in the model ("Screen referral"), not the task's long name with child and case. */
  private String step(Task task) {
    FlowElement element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    return element == null || element.getName() == null ? task.getName() : element.getName();
  }
}

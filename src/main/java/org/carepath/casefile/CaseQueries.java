package org.carepath.casefile;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.engine.task.Task;
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

  CaseQueries(CareCaseRepository cases, CaseRecordRepository entries, NotificationRepository notifications,
      TaskService tasks, RepositoryService repository, EngineAsSystem engine, CurrentStaff staff) {
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
        careCase.getCreatedAt(), letters, record);
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
    return steps.isEmpty() ? "In progress" : String.join("; ", steps);
  }

  /** The step's name in the model ("Screen referral"), not the task's long name with child and case. */
  private String step(Task task) {
    FlowElement element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    return element == null || element.getName() == null ? task.getName() : element.getName();
  }
}

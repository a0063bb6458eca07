package org.carepath.subjectaccess;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.carepath.system.EngineAsSystem;
import org.springframework.stereotype.Component;

/**
 * The engine's history of one case, read as carepath (the caller holds no engine grant): its processes
 * (every process of a case carries the case reference as business key), the steps done, the tasks with
 * who did them and when, the decisions with their inputs and outputs, comments, and the variables' last
 * values. Each part as plain maps, ready for JSON and the PDF.
 */
@Component
class CaseHistory {

  private final HistoryService history;
  private final TaskService tasks;
  private final EngineAsSystem system;

  CaseHistory(HistoryService history, TaskService tasks, EngineAsSystem system) {
    this.history = history;
    this.tasks = tasks;
    this.system = system;
  }

  Map<String, List<Map<String, Object>>> of(String reference) {
    return system.call(() -> read(reference));
  }

  private Map<String, List<Map<String, Object>>> read(String reference) {
    List<HistoricProcessInstance> processes = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .orderByProcessInstanceStartTime().asc().list();
    String[] ids = processes.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
    parts.put("processes", processes.stream().map(p -> row("process", p.getProcessDefinitionKey(), "version",
        p.getProcessDefinitionVersion(), "id", p.getId(), "started", p.getStartTime(), "ended", p.getEndTime(),
        "state", p.getState())).toList());
    if (ids.length == 0) {
      List.of("steps", "tasks", "decisions", "comments", "variables").forEach(part -> parts.put(part, List.of()));
      return parts;
    }
    List<Map<String, Object>> steps = new ArrayList<>();
    List<Map<String, Object>> decisions = new ArrayList<>();
    for (String id : ids) {
      history.createHistoricActivityInstanceQuery().processInstanceId(id).orderByHistoricActivityInstanceStartTime().asc()
          .list().stream().filter(a -> a.getActivityName() != null)
          .forEach(a -> steps.add(row("step", a.getActivityName(), "id", a.getActivityId(), "type", a.getActivityType(),
              "started", a.getStartTime(), "ended", a.getEndTime(), "by", a.getAssignee())));
      history.createHistoricDecisionInstanceQuery().processInstanceId(id).includeInputs().includeOutputs()
          .orderByEvaluationTime().asc().list().forEach(d -> decisions.add(decision(d)));
    }
    steps.sort(java.util.Comparator.comparing(r -> String.valueOf(r.get("started"))));
    parts.put("steps", steps);
    parts.put("tasks", history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
        .orderByHistoricActivityInstanceStartTime().asc().list().stream().map(t -> row("task", t.getName(), "id",
            t.getTaskDefinitionKey(), "created", t.getStartTime(), "due", t.getDueDate(), "ended", t.getEndTime(), "how",
            t.getDeleteReason(), "assignee", t.getAssignee(), "taskId", t.getId())).collect(java.util.stream.Collectors.toList()));
    parts.put("decisions", decisions);
    // comments on the case's processes and on its tasks (Tasklist writes both ids; the Java API may write only the task's)
    Map<String, org.camunda.bpm.engine.task.Comment> comments = new LinkedHashMap<>();
    for (String id : ids) {
      tasks.getProcessInstanceComments(id).forEach(c -> comments.put(c.getId(), c));
    }
    for (Map<String, Object> task : parts.get("tasks")) {
      tasks.getTaskComments((String) task.remove("taskId")).forEach(c -> comments.put(c.getId(), c));
    }
    parts.put("comments", comments.values().stream().sorted(java.util.Comparator.comparing(
        org.camunda.bpm.engine.task.Comment::getTime)).map(c -> row("written", c.getTime(), "by", c.getUserId(), "text",
            plain(c.getFullMessage()))).toList());
    parts.put("variables", history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids).disableBinaryFetching()
        .disableCustomObjectDeserialization().list().stream().map(CaseHistory::variable).toList());
    return parts;
  }

  private static Map<String, Object> decision(HistoricDecisionInstance d) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    d.getInputs().forEach(i -> inputs.put(i.getClauseName() == null ? i.getClauseId() : i.getClauseName(), plain(i.getValue())));
    Map<String, Object> outputs = new LinkedHashMap<>();
    d.getOutputs().forEach(o -> outputs.put(o.getVariableName(), plain(o.getValue())));
    return row("decision", d.getDecisionDefinitionName() == null ? d.getDecisionDefinitionKey() : d.getDecisionDefinitionName(),
        "evaluated", d.getEvaluationTime(), "inputs", inputs, "outputs", outputs);
  }

  private static Map<String, Object> variable(HistoricVariableInstance v) {
    return row("name", v.getName(), "type", v.getTypeName(), "value", plain(v.getValue()), "state", v.getState());
  }

  /** A value as text, a number or a truth; anything else (a file, an object) by its type only. */
  private static Object plain(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value instanceof String text ? org.carepath.notification.PersonalLinks.removed(text) : value;
    }
    return value instanceof Date date ? date.toInstant().toString() : "(" + value.getClass().getSimpleName() + ")";
  }

  private static Map<String, Object> row(Object... pairs) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      row.put((String) pairs[i], value instanceof Date date ? date.toInstant().toString() : value);
    }
    return row;
  }
}

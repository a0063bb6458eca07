package org.carepath.reports;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.carepath.system.Chunks;
import org.springframework.stereotype.Component;

/**
 * Reads the reports' milestones from the engine's history, the one record of when each step was done:
 * every process of a case carries the case reference as its business key.
 */
@Component
class EngineMilestones {

  private final HistoryService history;

  EngineMilestones(HistoryService history) {
    this.history = history;
  }

  /**
   * For each case whose processes are given ({@link #processes}: process instance to case reference), when
   * one of {@code steps} was first completed (on or after {@code since}).
   */
  Map<String, Instant> firstCompleted(Map<String, String> caseOfProcess, List<String> steps, Instant since) {
    Map<String, Instant> first = new HashMap<>();
    for (String step : steps) {
      for (HistoricActivityInstance done : history.createHistoricActivityInstanceQuery().activityId(step).finished()
          .startedAfter(Date.from(since.minusSeconds(1))).list()) {
        String reference = caseOfProcess.get(done.getProcessInstanceId());
        if (reference != null && done.getEndTime() != null) {
          first.merge(reference, done.getEndTime().toInstant(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    return first;
  }

  /**
   * The tasks of these cases completed in the period (one step's, or every step's when {@code step} is
   * null): whether each was done by its due date.
   */
  List<Boolean> doneOnTime(Collection<String> references, String step, Instant from, Instant to) {
    List<Boolean> onTime = new java.util.ArrayList<>();
    for (List<String> chunk : Chunks.of(references)) {
      var query = history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(chunk.toArray(String[]::new))
          .finished().finishedAfter(Date.from(from.minusMillis(1))).finishedBefore(Date.from(to));
      for (HistoricTaskInstance task : (step == null ? query : query.taskDefinitionKey(step)).list()) {
        onTime.add(task.getDueDate() == null || !task.getEndTime().after(task.getDueDate()));
      }
    }
    return onTime;
  }

  /** The process instances of these cases, each with its case's reference: read once for all stages of a report. */
  Map<String, String> processes(Collection<String> references) {
    Map<String, String> caseOfProcess = new HashMap<>();
    for (List<String> chunk : Chunks.of(references)) {
      for (HistoricProcessInstance process : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKeyIn(chunk.toArray(String[]::new)).list()) {
        caseOfProcess.put(process.getId(), process.getBusinessKey());
      }
    }
    return caseOfProcess;
  }

  /** Of these cases' tasks of one step, whenever they were made: how many were made and how many are done. */
  long[] madeAndDone(Collection<String> references, String step) {
    long made = 0;
    long done = 0;
    for (List<String> chunk : Chunks.of(references)) {
      String[] keys = chunk.toArray(String[]::new);
      made += history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(keys).taskDefinitionKey(step).count();
      done += history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(keys).taskDefinitionKey(step)
          .taskDeleteReason("completed").count();
    }
    return new long[] {made, done};
  }
}

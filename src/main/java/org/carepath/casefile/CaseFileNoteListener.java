package org.carepath.casefile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.casefile.CaseFileFilings.Filing;
import org.springframework.stereotype.Component;

/**
 * Puts what a worker wrote on a task's form on the case file when the task completes, and takes the
 * free text out of the process (bean {@code caseFileNoteListener}, a complete listener). Notes are
 * business data: they belong to the case, not to the engine, and a later form must not show them
 * pre-filled. Each feature says what its tasks file ({@link CaseFileFilings}); fields a gateway still
 * needs (a review outcome, the ticked IAP services) are filed but left in place.
 */
@Component("caseFileNoteListener")
class CaseFileNoteListener implements TaskListener {

  private final Map<String, Filing> filings = new HashMap<>();
  private final CareCaseRepository cases;
  private final CaseRecord record;

  CaseFileNoteListener(List<CaseFileFilings> features, CareCaseRepository cases, CaseRecord record) {
    for (CaseFileFilings feature : features) {
      feature.filings().forEach((task, filing) -> {
        if (filings.putIfAbsent(task, filing) != null) {
          throw new IllegalStateException("Two features file task " + task);
        }
      });
    }
    this.cases = cases;
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    Filing filing = filings.get(task.getTaskDefinitionKey());
    if (filing == null) {
      throw new IllegalStateException("caseFileNoteListener does not know task " + task.getTaskDefinitionKey());
    }
    CareCase careCase = cases.getByReference(task.getExecution().getProcessBusinessKey());
    String author = task.getAssignee() == null ? "carepath" : task.getAssignee();
    record.add(careCase, CaseRecordEntry.Kind.NOTE, filing.title().apply(task), filing.body().apply(task), author);
    filing.moved().forEach(task::removeVariable);
  }
}

package org.carepath.adultletter;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.identity.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * The team posts a letter (the task's input {@code template}) to a person without an e-mail address:
 * on create the form shows the letter as text to print; on complete the box must be ticked, and the
 * case file says who posted it.
 */
@Component
class PostLetterListener implements TaskListener {

  private final AdultLetters letters;
  private final CareCaseRepository cases;
  private final CaseRecord record;
  private final CurrentStaff staff;

  PostLetterListener(AdultLetters letters, CareCaseRepository cases, CaseRecord record, CurrentStaff staff) {
    this.letters = letters;
    this.cases = cases;
    this.record = record;
    this.staff = staff;
  }

  @Override
  public void notify(DelegateTask task) {
    var careCase = cases.getByReference(task.getExecution().getProcessBusinessKey());
    String template = (String) task.getVariable("template");
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal("letterText",
          AdultLetters.plainText(letters.write(template, careCase, task.getExecution(), List.of("post"))));
      return;
    }
    if (!Boolean.TRUE.equals(task.getVariable("letterPosted"))) {
      throw new BadUserRequestException("letterPosted: post the letter, then tick the box");
    }
    task.removeVariable("letterPosted");
    String subject = letters.write(template, careCase, task.getExecution(), List.of("post")).subject();
    record.add(careCase, CaseRecordEntry.Kind.NOTE, "Letter posted: " + subject, null, staff.userId());
  }
}

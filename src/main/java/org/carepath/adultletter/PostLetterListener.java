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

  static final int FORM_TEXT_LIMIT = 3600;
  static final String TOO_LONG = "\n\n[...] The letter goes on: print the whole of it from the case page (\"Letter to post\").";

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
          forForm(AdultLetters.plainText(letters.write(template, careCase, task.getExecution(), List.of("post")))));
      return;
    }
    if (!Boolean.TRUE.equals(task.getVariable("letterPosted"))) {
      throw new BadUserRequestException("letterPosted: post the letter, then tick the box");
    }
    task.removeVariable("letterPosted");
    String subject = letters.write(template, careCase, task.getExecution(), List.of("post")).subject();
    record.add(careCase, CaseRecordEntry.Kind.NOTE, "Letter posted: " + subject, null, staff.userId());
  }

  /**
   * The letter as the form shows it: the engine keeps a text of at most 4,000 characters, so a longer
   * letter (one in Welsh and English with many services) shows its beginning and points to the whole
   * letter on the case page, where it was filed when it was written ("Letter to post").
   */
  static String forForm(String text) {
    if (text.length() <= FORM_TEXT_LIMIT) {
      return text;
    }
    return text.substring(0, FORM_TEXT_LIMIT) + TOO_LONG;
  }
}

package org.carepath.adultcontact;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A safeguarding enquiry ends with one of its outcomes, also when it is completed through the API. */
@Component
class CheckEnquiryListener implements TaskListener {

  static final List<String> OUTCOMES = List.of("NO_FURTHER_ACTION", "PROTECTION_PLAN");

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable(AdultContactProcess.ENQUIRY_OUTCOME);
    if (outcome == null || !OUTCOMES.contains(outcome)) {
      throw new BadUserRequestException("enquiryOutcome: must be one of " + OUTCOMES);
    }
  }
}

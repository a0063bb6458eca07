package org.carepath.adultcontact;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.casefile.EligibilityOutcome;
import org.springframework.stereotype.Component;

/**
 * The overview assessment is complete only with a level for each of the ten eligibility outcomes and
 * an answer on wellbeing: the next stage decides eligibility from them.
 */
@Component
class CheckOverviewListener implements TaskListener {

  static final List<String> OUTCOMES = EligibilityOutcome.variables();
  static final List<String> LEVELS = List.of("NONE", "SOME", "SUBSTANTIAL", "CRITICAL");

  @Override
  public void notify(DelegateTask task) {
    List<String> missing = new ArrayList<>();
    for (String outcome : OUTCOMES) {
      Object level = task.getVariable(outcome);
      if (level == null || !LEVELS.contains(level)) {
        missing.add(outcome);
      }
    }
    for (String answer : List.of("wellbeingImpact", "needsFromCondition", "needsNotMetOtherwise")) {
      if (!(task.getVariable(answer) instanceof Boolean)) {
        missing.add(answer);
      }
    }
    // offers are boxes: not ticked (or not sent through the API) means not offered
    for (String offer : List.of("reablementOffered", "carerAssessmentWanted")) {
      if (!(task.getVariable(offer) instanceof Boolean)) {
        task.setVariable(offer, false);
      }
    }
    if (!missing.isEmpty()) {
      throw new BadUserRequestException(String.join(", ", missing) + ": each outcome needs a level " + LEVELS
          + " and wellbeingImpact, needsFromCondition and needsNotMetOtherwise a yes or no");
    }
  }
}

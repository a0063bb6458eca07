package org.carepath.adultcontact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.carepath.deployment.ForModels;
import org.springframework.stereotype.Component;

/**
 * The specialist assessments requested on the overview form (bean {@code specialistAssessments}):
 * one task each for the lead worker to collate the specialist's summary on the case.
 */
@ForModels
@Component("specialistAssessments")
public class SpecialistAssessments {

  static final Map<String, String> SPECIALISMS = new LinkedHashMap<>();

  static {
    SPECIALISMS.put("specialistOccupationalTherapy", "Occupational therapy");
    SPECIALISMS.put("specialistSensory", "Sensory impairment");
    SPECIALISMS.put("specialistMentalHealth", "Mental health");
    SPECIALISMS.put("specialistLearningDisability", "Learning disability");
    SPECIALISMS.put("specialistNursing", "Nursing");
  }

  /** The ticked specialisms, in a stable order; none, and the step is passed by. */
  public List<String> requested(VariableScope scope) {
    return SPECIALISMS.entrySet().stream()
        .filter(e -> Boolean.TRUE.equals(scope.getVariable(e.getKey())))
        .map(Map.Entry::getValue)
        .toList();
  }
}

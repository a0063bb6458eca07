package org.carepath.adultcontact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The triage recommendation ({@code processes/AdultTriage.dmn}): one case per rule, that any one
 * complex-needs criterion outweighs everything else, and that a missing answer never signposts.
 */
class AdultTriageDecisionTest {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision DECISION =
      ENGINE.parseDecision("AdultTriage", Dmn.readModelFromFile(Path.of("processes/AdultTriage.dmn").toFile()));

  @ParameterizedTest(name = "[{index}] {arguments}")
  @CsvSource(useHeadersInDisplayName = true, delimiter = '|', textBlock = """
      mental | complexPlan | risk  | transition | conflict | assessment | route                 | phrase
      true   | false       | false | false      | false    | false      | COMPLEX_NEEDS         | Severe and unstable mental health
      false  | true        | false | false      | false    | true       | COMPLEX_NEEDS         | complex and expensive care plan
      false  | false       | true  | false      | false    | false      | COMPLEX_NEEDS         | Serious risk to or from others
      false  | false       | false | true       | false    | true       | COMPLEX_NEEDS         | moving from children's services
      false  | false       | false | false      | true     | false      | COMPLEX_NEEDS         | Conflict that is hard to resolve
      false  | false       | false | false      | false    | true       | ASSESS_AND_ARRANGE    | Needs call for an assessment
      false  | false       | false | false      | false    | false      | SIMPLE_LOCAL_SOLUTION | a simple local solution
      true   | true        | true  | true       | true     | true       | COMPLEX_NEEDS         | Severe and unstable mental health
      """)
  void shouldRecommendOneRoutePerRule(boolean mental, boolean complexPlan, boolean risk, boolean transition,
      boolean conflict, boolean assessment, String route, String phrase) {
    DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(DECISION, Variables.createVariables()
        .putValue("severeMentalHealth", mental).putValue("complexCarePlanExpected", complexPlan)
        .putValue("seriousRisk", risk).putValue("transitionFromChildrensServices", transition)
        .putValue("unresolvedConflict", conflict).putValue("needsAssessment", assessment));

    assertThat((String) result.getSingleResult().getEntry("route")).isEqualTo(route);
    assertThat((String) result.getSingleResult().getEntry("rule")).contains(phrase);
  }

  @Test
  void shouldNeverSignpostOnAnIncompleteTriage() {
    VariableMap answers = Variables.createVariables().putValue("severeMentalHealth", false)
        .putValue("complexCarePlanExpected", false).putValue("seriousRisk", false)
        .putValue("transitionFromChildrensServices", false).putValue("unresolvedConflict", null)
        .putValue("needsAssessment", false);

    DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(DECISION, answers);

    assertThat((String) result.getSingleResult().getEntry("route")).isEqualTo("ASSESS_AND_ARRANGE");
    assertThat((String) result.getSingleResult().getEntry("rule")).startsWith("Triage incomplete");
  }

  @Test
  void shouldRecommendTheComplexNeedsTeamForAnySingleCriterionWhateverTheRest() {
    String[] criteria = {"severeMentalHealth", "complexCarePlanExpected", "seriousRisk",
        "transitionFromChildrensServices", "unresolvedConflict"};
    for (String criterion : criteria) {
      for (int others = 0; others < 32; others++) {
        VariableMap answers = Variables.createVariables();
        for (int i = 0; i < criteria.length; i++) {
          answers.putValue(criteria[i], criteria[i].equals(criterion) || (others & (1 << i)) != 0);
        }
        answers.putValue("needsAssessment", others % 2 == 0);
        assertThat((String) ENGINE.evaluateDecisionTable(DECISION, answers).getSingleResult().getEntry("route"))
            .as(criterion + " with " + answers).isEqualTo("COMPLEX_NEEDS");
      }
    }
  }
}

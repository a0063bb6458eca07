package org.carepath.adultcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Eligibility ({@code processes/AdultEligibility.dmn}): one case per rule in England and in Wales,
 * the boundaries of "two or more" and "one or more" outcomes, and an unknown jurisdiction.
 */
class AdultEligibilityDecisionTest {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision DECISION =
      ENGINE.parseDecision("AdultEligibility", Dmn.readModelFromFile(Path.of("processes/AdultEligibility.dmn").toFile()));

  @ParameterizedTest(name = "[{index}] {arguments}")
  @CsvSource(useHeadersInDisplayName = true, delimiter = '|', textBlock = """
      jurisdiction | condition | notAchieved | wellbeing | notMetOtherwise | eligibility  | phrase
      ENGLAND      | false     | 5           | true      | true            | NOT_ELIGIBLE | do not arise from a physical or mental impairment
      ENGLAND      | true      | 1           | true      | true            | NOT_ELIGIBLE | fewer than two
      ENGLAND      | true      | 2           | false     | true            | NOT_ELIGIBLE | no significant impact on wellbeing
      ENGLAND      | true      | 2           | true      | false           | ELIGIBLE     | two or more outcomes not achieved
      ENGLAND      | true      | 10          | true      | true            | ELIGIBLE     | two or more outcomes not achieved
      WALES        | false     | 3           | true      | true            | NOT_ELIGIBLE | do not arise from ill-health
      WALES        | true      | 0           | true      | true            | NOT_ELIGIBLE | no outcome
      WALES        | true      | 1           | true      | false           | NOT_ELIGIBLE | can meet the needs alone
      WALES        | true      | 1           | false     | true            | ELIGIBLE     | not met otherwise
      """)
  void shouldDecideOneRulePerCase(String jurisdiction, boolean condition, int notAchieved, boolean wellbeing,
      boolean notMetOtherwise, String eligibility, String phrase) {
    DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(DECISION,
        assessment(jurisdiction, condition, notAchieved, wellbeing, notMetOtherwise));

    assertThat((String) result.getSingleResult().getEntry("eligibility")).isEqualTo(eligibility);
    assertThat((String) result.getSingleResult().getEntry("eligibilityRule")).contains(phrase);
  }

  @Test
  void shouldCountOnlySubstantialAndCriticalAsNotAchieved() {
    VariableMap some = assessment("ENGLAND", true, 0, true, true);
    some.putValue("outcomeNutrition", "SOME").putValue("outcomeDressing", "SOME").putValue("outcomeToileting", "SOME");

    assertThat((String) ENGINE.evaluateDecisionTable(DECISION, some).getSingleResult().getEntry("eligibility"))
        .isEqualTo("NOT_ELIGIBLE");
  }

  @Test
  void shouldDecideNothingForAnUnknownJurisdiction() {
    assertThat(ENGINE.evaluateDecisionTable(DECISION, assessment("SCOTLAND", true, 5, true, true)).isEmpty()).isTrue();
  }

  /** An assessment with the first {@code notAchieved} outcomes SUBSTANTIAL or CRITICAL and the rest NONE. */
  static VariableMap assessment(String jurisdiction, boolean condition, int notAchieved, boolean wellbeing,
      boolean notMetOtherwise) {
    VariableMap variables = Variables.createVariables().putValue("jurisdiction", jurisdiction)
        .putValue("needsFromCondition", condition).putValue("wellbeingImpact", wellbeing)
        .putValue("needsNotMetOtherwise", notMetOtherwise);
    for (int i = 0; i < CheckOverviewListener.OUTCOMES.size(); i++) {
      variables.putValue(CheckOverviewListener.OUTCOMES.get(i), i < notAchieved ? (i % 2 == 0 ? "SUBSTANTIAL" : "CRITICAL") : "NONE");
    }
    return variables;
  }
}

package org.carepath.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ISCAN eligibility recommendation ({@code processes/IscanEligibility.dmn}), evaluated by the
 * standalone DMN engine: one case per rule, the boundaries of the guidance, and every complete
 * screening (needs 0, 1, 2, 5 times the four yes/no answers).
 */
class IscanEligibilityDecisionTest {

  private static final Path MODEL = Path.of("processes/IscanEligibility.dmn");
  private static final String DECISION_ID = "IscanEligibility";
  private static final String IAP = "CARE_COORDINATION_WITH_IAP";
  private static final String CARE_COORDINATION = "CARE_COORDINATION";
  private static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
  private static final String CATCH_ALL_PHRASE = "Screening incomplete";

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision DECISION =
      ENGINE.parseDecision(DECISION_ID, Dmn.readModelFromFile(MODEL.toFile()));

  @ParameterizedTest(name = "[{index}] {arguments}")
  @CsvSource(useHeadersInDisplayName = true, delimiter = '|', textBlock = """
      needs | asd   | keyWorker | complex | bringBack | recommendation             | phrase
      5     | true  | true      | true    | false     | NOT_ELIGIBLE               | Key worker or lead professional
      1     | false | false     | true    | false     | NOT_ELIGIBLE               | Fewer than 2 developmental
      2     | false | false     | true    | false     | CARE_COORDINATION_WITH_IAP | needs with complex
      0     | true  | false     | true    | false     | CARE_COORDINATION_WITH_IAP | requested with complex
      2     | false | false     | true    | true      | CARE_COORDINATION          | needs, brought back
      1     | true  | false     | true    | true      | CARE_COORDINATION          | requested, brought back
      2     | false | false     | false   | false     | CARE_COORDINATION          | needs, no complex
      0     | true  | false     | false   | false     | CARE_COORDINATION          | requested, no complex
      1     | false | false     | false   | false     | NOT_ELIGIBLE               | Fewer than 2 developmental
      0     | false | false     | false   | false     | NOT_ELIGIBLE               | Fewer than 2 developmental
      2     | true  | false     | true    | false     | CARE_COORDINATION_WITH_IAP | needs with complex
      0     | false | true      | false   | false     | NOT_ELIGIBLE               | Key worker or lead professional
      2     | false | true      | false   | true      | NOT_ELIGIBLE               | Key worker or lead professional
      5     | true  | false     | true    | true      | CARE_COORDINATION          | only for new referrals
      2     | false | false     | false   | true      | CARE_COORDINATION          | needs, no complex
      0     | false | false     | true    | true      | NOT_ELIGIBLE               | Fewer than 2 developmental
      """)
  void shouldRecommendWhatTheGuidanceSays(Integer needs, Boolean asd, Boolean keyWorker,
      Boolean complex, Boolean bringBack, String recommendation, String phrase) {
    // given
    VariableMap screening = screening(needs, asd, keyWorker, complex, bringBack);
    // when
    DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(DECISION, screening);
    // then
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<String>getEntry("recommendation"))
        .isEqualTo(recommendation);
    assertThat(result.getSingleResult().<String>getEntry("recommendationRule")).contains(phrase);
  }

  @ParameterizedTest(name = "[{index}] {arguments}")
  @CsvSource(useHeadersInDisplayName = true, delimiter = '|', textBlock = """
      needs | asd   | keyWorker | complex | bringBack
            | false | false     | true    | false
      1     |       | false     | true    | false
      2     | true  |           | true    | false
      2     | true  | false     |         | false
      2     | true  | false     | true    |
      """)
  void shouldRecommendNotEligibleWhenAnAnswerThatMattersIsMissing(Integer needs, Boolean asd,
      Boolean keyWorker, Boolean complex, Boolean bringBack) {
    // given a screening with one answer left empty
    VariableMap screening = screening(needs, asd, keyWorker, complex, bringBack);
    // when
    DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(DECISION, screening);
    // then
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<String>getEntry("recommendation")).isEqualTo(NOT_ELIGIBLE);
    assertThat(result.getSingleResult().<String>getEntry("recommendationRule"))
        .contains(CATCH_ALL_PHRASE);
  }

  @Test
  void shouldGiveExactlyOneRecommendationForEveryCompleteScreening() {
    // given
    List<VariableMap> screenings = everyCompleteScreening().map(Screening::variables).toList();
    // when
    List<DmnDecisionTableResult> results = screenings.stream()
        .map(screening -> ENGINE.evaluateDecisionTable(DECISION, screening))
        .toList();
    // then
    assertThat(results).hasSize(64).allSatisfy(result -> {
      assertThat(result).hasSize(1);
      assertThat(result.getSingleResult().<String>getEntry("recommendation"))
          .isIn(IAP, CARE_COORDINATION, NOT_ELIGIBLE);
      assertThat(result.getSingleResult().<String>getEntry("recommendationRule"))
          .isNotBlank().doesNotContain(CATCH_ALL_PHRASE);
    });
  }

  @Test
  void shouldMatchExactlyOneRuleBesidesTheCatchAllForEveryCompleteScreening() {
    // given the table without its catch-all rule, collecting every rule that matches
    DmnModelInstance model = Dmn.readModelFromFile(MODEL.toFile());
    DecisionTable table = model.getModelElementById("DecisionTable_IscanEligibility");
    table.setHitPolicy(HitPolicy.COLLECT);
    table.removeChildElement(model.getModelElementById("DecisionRule_ScreeningIncomplete"));
    DmnDecision collecting = ENGINE.parseDecision(DECISION_ID, model);
    // when
    List<Integer> matchesPerScreening = everyCompleteScreening()
        .map(screening -> ENGINE.evaluateDecisionTable(collecting, screening.variables()).size())
        .toList();
    // then the rules are disjoint and complete: their order does not matter
    assertThat(matchesPerScreening).hasSize(64).containsOnly(1);
  }

  @Test
  void shouldAgreeWithTheGuidanceForEveryCompleteScreening() {
    // given
    List<Screening> screenings = everyCompleteScreening().toList();
    // when
    List<String> recommendations = screenings.stream()
        .map(screening -> ENGINE.evaluateDecisionTable(DECISION, screening.variables())
            .getSingleResult().<String>getEntry("recommendation"))
        .toList();
    // then
    assertThat(recommendations)
        .containsExactlyElementsOf(screenings.stream().map(Screening::fromGuidance).toList());
  }

  private static VariableMap screening(Integer needs, Boolean asd, Boolean keyWorker,
      Boolean complex, Boolean bringBack) {
    return Variables.createVariables()
        .putValue("needsCount", needs)
        .putValue("asdAdhdRequested", asd)
        .putValue("keyWorkerElsewhere", keyWorker)
        .putValue("complexMultiAgencyNeeds", complex)
        .putValue("bringBack", bringBack);
  }

  /** Needs 0, 1, 2 and 5 times every yes/no answer: 4 x 2^4 = 64 screenings. */
  private static Stream<Screening> everyCompleteScreening() {
    List<Boolean> yesNo = List.of(false, true);
    return Stream.of(0, 1, 2, 5).flatMap(needs -> yesNo.stream().flatMap(asd ->
        yesNo.stream().flatMap(keyWorker -> yesNo.stream().flatMap(complex ->
            yesNo.stream().map(bringBack ->
                new Screening(needs, asd, keyWorker, complex, bringBack))))));
  }

  private record Screening(int needs, boolean asd, boolean keyWorker, boolean complex,
      boolean bringBack) {

    VariableMap variables() {
      return screening(needs, asd, keyWorker, complex, bringBack);
    }

    /** The guidance written as code, independently of the table. */
    String fromGuidance() {
      boolean eligible = needs >= 2 || asd;
      if (keyWorker || !eligible) {
        return NOT_ELIGIBLE;
      }
      return complex && !bringBack ? IAP : CARE_COORDINATION;
    }
  }
}

package org.carepath.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Lead Agency suitability of one candidate agency ({@code processes/LeadAgency.dmn}), evaluated
 * by the standalone DMN engine: one case per rule (and proof that the cases reach every rule), every
 * complete answer (3 intensities x 3 regularities x capacity x preference), and the BIAN criteria as
 * properties: no capacity never scores, more contact and the family's preference score higher.
 */
class LeadAgencyDecisionTest {

  private static final Path MODEL = Path.of("processes/LeadAgency.dmn");
  private static final String DECISION_ID = "LeadAgency";
  private static final String CATCH_ALL_RULE = "DecisionRule_NotRated";
  private static final List<String> INTENSITIES = List.of("LOW", "MEDIUM", "HIGH");
  private static final List<String> REGULARITIES = List.of("OCCASIONAL", "MONTHLY", "WEEKLY");
  private static final List<Boolean> YES_NO = List.of(false, true);

  /** The rules each evaluation matched, in order: filled by the engine's listener. */
  private static final List<String> MATCHED_RULES = new ArrayList<>();
  private static final DmnEngine ENGINE = engineRecordingMatchedRules();
  private static final DmnDecision DECISION =
      ENGINE.parseDecision(DECISION_ID, Dmn.readModelFromFile(MODEL.toFile()));
  private static final Map<Answer, Integer> SCORES = new ConcurrentHashMap<>();

  @ParameterizedTest(name = "[{index}] {arguments}")
  @MethodSource("oneCasePerRule")
  void shouldRateEachRuleAsTheTableSays(String intensity, String regularity, Boolean capacity,
      Boolean preference, int suitability, String reason, String rule) {
    // given
    VariableMap candidate = candidate(intensity, regularity, capacity, preference);
    // when
    DmnDecisionRuleResult result = evaluate(candidate);
    // then
    assertThat(result.<Integer>getEntry("suitability")).isEqualTo(suitability);
    assertThat(result.<String>getEntry("reason")).isEqualTo(reason);
    assertThat(MATCHED_RULES).last().isEqualTo(rule);
  }

  @Test
  void shouldReachEveryRuleOfTheTableWithTheCasesAbove() {
    // given every rule of the table
    Set<String> rules = Dmn.readModelFromFile(MODEL.toFile()).getModelElementsByType(Rule.class)
        .stream().map(Rule::getId).collect(Collectors.toCollection(TreeSet::new));
    // when
    Set<String> reached = oneCasePerRule().map(arguments -> {
      Object[] values = arguments.get();
      evaluate(candidate((String) values[0], (String) values[1], (Boolean) values[2],
          (Boolean) values[3]));
      return MATCHED_RULES.get(MATCHED_RULES.size() - 1);
    }).collect(Collectors.toCollection(TreeSet::new));
    // then
    assertThat(rules).hasSize(20);
    assertThat(reached).isEqualTo(rules);
  }

  @ParameterizedTest(name = "[{index}] {arguments}")
  @CsvSource(useHeadersInDisplayName = true, delimiter = '|', textBlock = """
      intensity | regularity | capacity | preference
                | WEEKLY     | true     | true
      HIGH      |            | true     | true
      HIGH      | WEEKLY     |          | true
      HIGH      | WEEKLY     | true     |
      DAILY     | WEEKLY     | true     | true
      HIGH      | DAILY      | true     | true
      """)
  void shouldRateZeroWhenAnAnswerIsMissingOrUnknown(String intensity, String regularity,
      Boolean capacity, Boolean preference) {
    // given a candidate with one answer empty or not a listed value
    VariableMap candidate = candidate(intensity, regularity, capacity, preference);
    // when
    DmnDecisionRuleResult result = evaluate(candidate);
    // then
    assertThat(result.<Integer>getEntry("suitability")).isZero();
    assertThat(MATCHED_RULES).last().isEqualTo(CATCH_ALL_RULE);
  }

  @Test
  void shouldRateEveryCompleteAnswerWithOneRuleBesidesTheCatchAll() {
    // given
    List<Answer> answers = everyCompleteAnswer().toList();
    // when
    List<DmnDecisionTableResult> results = answers.stream()
        .map(answer -> ENGINE.evaluateDecisionTable(DECISION, answer.variables()))
        .toList();
    // then
    assertThat(results).hasSize(36).allSatisfy(result -> {
      assertThat(result).hasSize(1);
      assertThat(result.getSingleResult().<String>getEntry("reason")).isNotBlank()
          .doesNotContain("Not rated");
    });
  }

  @Test
  void shouldMatchExactlyOneRuleBesidesTheCatchAllForEveryCompleteAnswer() {
    // given the table without its catch-all rule, collecting every rule that matches
    DmnModelInstance model = Dmn.readModelFromFile(MODEL.toFile());
    DecisionTable table = model.getModelElementById("DecisionTable_LeadAgency");
    table.setHitPolicy(HitPolicy.COLLECT);
    table.removeChildElement(model.getModelElementById(CATCH_ALL_RULE));
    DmnDecision collecting = ENGINE.parseDecision(DECISION_ID, model);
    // when
    List<Integer> matchesPerAnswer = everyCompleteAnswer()
        .map(answer -> ENGINE.evaluateDecisionTable(collecting, answer.variables()).size())
        .toList();
    // then the rules are disjoint and complete: their order does not matter
    assertThat(matchesPerAnswer).hasSize(36).containsOnly(1);
  }

  @Test
  void shouldAgreeWithTheBianCriteriaForEveryCompleteAnswer() {
    // given
    List<Answer> answers = everyCompleteAnswer().toList();
    // when
    List<Integer> scores = answers.stream().map(LeadAgencyDecisionTest::suitability).toList();
    // then
    assertThat(scores)
        .containsExactlyElementsOf(answers.stream().map(Answer::fromCriteria).toList());
  }

  @Test
  void shouldNeverRateAnAgencyWithoutCapacityAboveZeroNorOneWithCapacityAtZero() {
    // given
    List<Answer> answers = everyCompleteAnswer().toList();
    // when
    List<Answer> withoutCapacity = answers.stream().filter(a -> !a.capacity()).toList();
    List<Answer> withCapacity = answers.stream().filter(Answer::capacity).toList();
    // then an agency without capacity can never outscore, nor tie with, one that has capacity
    assertThat(withoutCapacity).hasSize(18)
        .allSatisfy(answer -> assertThat(suitability(answer)).isZero());
    assertThat(withCapacity).hasSize(18)
        .allSatisfy(answer -> assertThat(suitability(answer)).isPositive());
  }

  @Test
  void shouldRateMoreIntensiveAndMoreRegularContactHigher() {
    // given agencies with capacity, differing in one criterion at a time
    List<Answer> capable = everyCompleteAnswer().filter(Answer::capacity).toList();
    // when / then
    for (Answer answer : capable) {
      int score = suitability(answer);
      int intensity = INTENSITIES.indexOf(answer.intensity());
      int regularity = REGULARITIES.indexOf(answer.regularity());
      if (intensity < INTENSITIES.size() - 1) {
        Answer moreIntensive = answer.withIntensity(INTENSITIES.get(intensity + 1));
        assertThat(suitability(moreIntensive)).as("%s than %s", moreIntensive, answer)
            .isGreaterThan(score);
      }
      if (regularity < REGULARITIES.size() - 1) {
        Answer moreRegular = answer.withRegularity(REGULARITIES.get(regularity + 1));
        assertThat(suitability(moreRegular)).as("%s than %s", moreRegular, answer)
            .isGreaterThan(score);
      }
    }
  }

  @Test
  void shouldRateTheFamilysPreferredAgencyAtLeastAsHighAsAnyOtherWithCapacity() {
    // given agencies with capacity
    List<Answer> capable = everyCompleteAnswer().filter(Answer::capacity).toList();
    // when
    int lowestPreferred = capable.stream().filter(Answer::preference)
        .mapToInt(LeadAgencyDecisionTest::suitability).min().orElseThrow();
    int highestNotPreferred = capable.stream().filter(answer -> !answer.preference())
        .mapToInt(LeadAgencyDecisionTest::suitability).max().orElseThrow();
    // then preference outweighs any difference in contact but the extreme one, which ties
    // (and a tie goes to the interagency meeting)
    assertThat(lowestPreferred).isEqualTo(highestNotPreferred);
    assertThat(capable).filteredOn(Answer::preference).allSatisfy(answer ->
        assertThat(suitability(answer)).isEqualTo(suitability(answer.withPreference(false)) + 40));
  }

  static Stream<Arguments> oneCasePerRule() {
    return Stream.of(
        arguments("HIGH", "WEEKLY", false, true, 0,
            "No capacity to lead: cannot take on case management now", "DecisionRule_NoCapacity"),
        contact("HIGH", "WEEKLY", true, 100), contact("HIGH", "WEEKLY", false, 60),
        contact("HIGH", "MONTHLY", true, 90), contact("HIGH", "MONTHLY", false, 50),
        contact("HIGH", "OCCASIONAL", true, 80), contact("HIGH", "OCCASIONAL", false, 40),
        contact("MEDIUM", "WEEKLY", true, 90), contact("MEDIUM", "WEEKLY", false, 50),
        contact("MEDIUM", "MONTHLY", true, 80), contact("MEDIUM", "MONTHLY", false, 40),
        contact("MEDIUM", "OCCASIONAL", true, 70), contact("MEDIUM", "OCCASIONAL", false, 30),
        contact("LOW", "WEEKLY", true, 80), contact("LOW", "WEEKLY", false, 40),
        contact("LOW", "MONTHLY", true, 70), contact("LOW", "MONTHLY", false, 30),
        contact("LOW", "OCCASIONAL", true, 60), contact("LOW", "OCCASIONAL", false, 20),
        arguments(null, "WEEKLY", true, true, 0, "Not rated: contact or capacity not recorded",
            CATCH_ALL_RULE));
  }

  /** A case for a rule of an agency with capacity, its reason spelled out independently. */
  private static Arguments contact(String intensity, String regularity, boolean preference,
      int suitability) {
    String intensityWord = capitalised(intensity);
    String regularityWord = capitalised(regularity);
    String reason = "%s intensity (%d), %s contact (%d)".formatted(intensityWord,
        points(INTENSITIES, intensity), regularityWord.toLowerCase(),
        points(REGULARITIES, regularity)) + (preference ? ", preferred by the family (40)" : "");
    String rule = "DecisionRule_" + intensityWord + regularityWord
        + (preference ? "Preferred" : "NotPreferred");
    return arguments(intensity, regularity, true, preference, suitability, reason, rule);
  }

  private static String capitalised(String value) {
    return value.charAt(0) + value.substring(1).toLowerCase();
  }

  /** LOW/OCCASIONAL 10, MEDIUM/MONTHLY 20, HIGH/WEEKLY 30. */
  private static int points(List<String> levels, String level) {
    return 10 * (levels.indexOf(level) + 1);
  }

  private static DmnDecisionRuleResult evaluate(VariableMap candidate) {
    DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(DECISION, candidate);
    assertThat(result).hasSize(1);
    return result.getSingleResult();
  }

  /** Each complete answer's score, evaluated once for all the property tests. */
  private static int suitability(Answer answer) {
    return SCORES.computeIfAbsent(answer,
        key -> evaluate(key.variables()).<Integer>getEntry("suitability"));
  }

  private static VariableMap candidate(String intensity, String regularity, Boolean capacity,
      Boolean preference) {
    return Variables.createVariables()
        .putValue("contactIntensity", intensity)
        .putValue("contactRegularity", regularity)
        .putValue("hasCapacity", capacity)
        .putValue("familyPreference", preference);
  }

  private static DmnEngine engineRecordingMatchedRules() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of((
        DmnDecisionTableEvaluationEvent event) ->
        event.getMatchingRules().forEach(rule -> MATCHED_RULES.add(rule.getId()))));
    return configuration.buildEngine();
  }

  /** 3 intensities x 3 regularities x capacity x preference = 36 complete answers. */
  private static Stream<Answer> everyCompleteAnswer() {
    return INTENSITIES.stream().flatMap(intensity -> REGULARITIES.stream().flatMap(regularity ->
        YES_NO.stream().flatMap(capacity -> YES_NO.stream().map(preference ->
            new Answer(intensity, regularity, capacity, preference)))));
  }

  private record Answer(String intensity, String regularity, boolean capacity,
      boolean preference) {

    VariableMap variables() {
      return candidate(intensity, regularity, capacity, preference);
    }

    Answer withIntensity(String value) {
      return new Answer(value, regularity, capacity, preference);
    }

    Answer withRegularity(String value) {
      return new Answer(intensity, value, capacity, preference);
    }

    Answer withPreference(boolean value) {
      return new Answer(intensity, regularity, capacity, value);
    }

    /** The BIAN criteria written as code, independently of the table. */
    int fromCriteria() {
      if (!capacity) {
        return 0;
      }
      return points(INTENSITIES, intensity) + points(REGULARITIES, regularity)
          + (preference ? 40 : 0);
    }
  }
}

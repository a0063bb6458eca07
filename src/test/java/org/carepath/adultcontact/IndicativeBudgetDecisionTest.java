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

/** The resource allocation system ({@code processes/IndicativeBudget.dmn}): points per level, every band and its edges. */
class IndicativeBudgetDecisionTest {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision DECISION =
      ENGINE.parseDecision("IndicativeBudget", Dmn.readModelFromFile(Path.of("processes/IndicativeBudget.dmn").toFile()));

  @ParameterizedTest(name = "[{index}] {0} critical, {1} substantial, {2} some = {3} points")
  @CsvSource({
      "0, 0, 0, 0, 0, Band 0", "0, 1, 1, 4, 0, Band 0", "1, 0, 0, 5, 60, Band 1", "0, 3, 0, 9, 60, Band 1",
      "2, 0, 0, 10, 120, Band 2", "3, 0, 0, 15, 180, Band 3", "4, 0, 0, 20, 280, Band 4", "5, 3, 0, 34, 420, Band 5",
      "8, 0, 0, 40, 560, Band 6", "10, 0, 0, 50, 560, Band 6"})
  void shouldGiveTheAmountOfThePointsBand(int critical, int substantial, int some, int points, double amount, String band) {
    VariableMap levels = Variables.createVariables();
    for (int i = 0; i < CheckOverviewListener.OUTCOMES.size(); i++) {
      String level = i < critical ? "CRITICAL" : i < critical + substantial ? "SUBSTANTIAL"
          : i < critical + substantial + some ? "SOME" : "NONE";
      levels.putValue(CheckOverviewListener.OUTCOMES.get(i), level);
    }

    DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(DECISION, levels);

    assertThat(((Number) result.getSingleResult().getEntry("indicativeWeeklyAmount")).doubleValue()).isEqualTo(amount);
    assertThat((String) result.getSingleResult().getEntry("budgetBand")).startsWith(band + " (");
  }

  @Test
  void shouldCoverEveryTotalWithExactlyOneBand() {
    for (int critical = 0; critical <= 10; critical++) {
      for (int substantial = 0; critical + substantial <= 10; substantial++) {
        VariableMap levels = Variables.createVariables();
        for (int i = 0; i < 10; i++) {
          levels.putValue(CheckOverviewListener.OUTCOMES.get(i), i < critical ? "CRITICAL" : i < critical + substantial ? "SUBSTANTIAL" : "SOME");
        }
        assertThat(ENGINE.evaluateDecisionTable(DECISION, levels).size()).isOne();
      }
    }
  }
}

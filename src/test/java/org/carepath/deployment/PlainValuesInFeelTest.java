package org.carepath.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Decisions see plain values only: the review's chain started from an object in a decision's
 * variables (a date of {@code dateTime()}, bytes a caller stored) and called getClass().forName(...).
 */
class PlainValuesInFeelTest {

  private final DmnEngine engine = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
      .createDefaultDmnEngineConfiguration()).feelEngineFactory(PlainValuesInFeel.engineFactory()).buildEngine();
  private final DmnEngine camundasOwn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  @Test
  void shouldStillReadTextNumbersListsAndMaps() {
    assertThat(evaluate("x + 1", Map.of("x", 41))).isEqualTo(42L);
    assertThat(evaluate("upper case(s)", Map.of("s", "abc"))).isEqualTo("ABC");
    assertThat(evaluate("count(l)", Map.of("l", List.of(1, 2, 3)))).isEqualTo(3L);
    assertThat(evaluate("m.a", Map.of("m", Map.of("a", "b")))).isEqualTo("b");
  }

  @Test
  void shouldGiveAnObjectNoMethodsToCall() {
    // given an object among the variables; Camunda's own FEEL lets a decision call its methods
    Map<String, Object> variables = Map.of("dt", new org.joda.time.DateTime(0), "bytes", new byte[] {1, 2});
    assertThat(evaluate(camundasOwn, "dt.getClass()", variables)).as("control: Camunda's own FEEL").isNotNull();

    // then carepath's FEEL gives it nothing to call
    assertThatThrownBy(() -> evaluate("dt.getClass()", variables)).hasMessageContaining("dt.getClass()");
    assertThatThrownBy(() -> evaluate("bytes.getClass()", variables)).hasMessageContaining("bytes.getClass()");
  }

  private Object evaluate(String feel, Map<String, Object> variables) {
    return evaluate(engine, feel, variables);
  }

  private static Object evaluate(DmnEngine engine, String feel, Map<String, Object> variables) {
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Probe" name="Probe" namespace="p">
          <decision id="Decision_Probe" name="Probe">
            <variable id="InformationItem_Probe" name="result" />
            <literalExpression id="LiteralExpression_Probe"><text>%s</text></literalExpression>
          </decision>
        </definitions>""".formatted(feel.replace("<", "&lt;"));
    var decision = engine.parseDecision("Decision_Probe", new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));
    return engine.evaluateDecision(decision, Map.copyOf(variables)).getSingleEntry();
  }
}

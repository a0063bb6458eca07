package org.carepath.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The expression rules enforced when an expression runs, whatever values it meets: the review found a
 * model that stored a Class under a bean's name and then called forName and newInstance on it.
 */
class ModelExpressionManagerTest {

  private final ModelExpressionManager manager = new ModelExpressionManager(new ModelBeans(context()));

  @Test
  void shouldCallAMethodOfACarepathModelBean() {
    assertThat(evaluate("${sample.twice(21)}", Variables.createVariables().asVariableContext())).isEqualTo(42);
  }

  @Test
  void shouldResolveTheBeanBeforeAVariableOfTheSameName() {
    // given a variable that takes the bean's name (a Class, as in the attack)
    VariableContext variables = Variables.createVariables().putValue("sample", String.class).asVariableContext();
    // then the bean answers
    assertThat(evaluate("${sample.twice(2)}", variables)).isEqualTo(4);
  }

  @Test
  void shouldRefuseAnyOtherMethodAtRunTime() {
    VariableContext variables = Variables.createVariables().putValue("text", "abc").putValue("type", String.class)
        .asVariableContext();
    assertThatThrownBy(() -> evaluate("${sample.getClass()}", variables)).hasMessageContaining("may not call getClass()");
    assertThatThrownBy(() -> evaluate("${text.getClass()}", variables)).hasMessageContaining("may not call getClass()");
    assertThatThrownBy(() -> evaluate("${type.forName('java.lang.Runtime')}", variables))
        .hasMessageContaining("may not call forName()");
    assertThatThrownBy(() -> evaluate("${text.bytes}", variables)).hasMessageContaining("may not read bytes");
    assertThat(evaluate("${text.contains('b')}", variables)).isEqualTo(true);
  }

  @Test
  void shouldNotResolveBeansThatAreNotForModels() {
    assertThatThrownBy(() -> evaluate("${context.getBean('sample')}", Variables.createVariables().asVariableContext()))
        .hasMessageContaining("context");
  }

  private Object evaluate(String expression, VariableContext variables) {
    return manager.createValueExpression(expression).getValue(manager.createElContext(variables));
  }

  private static GenericApplicationContext context() {
    GenericApplicationContext context = new GenericApplicationContext();
    context.registerBean("sample", SampleModelBean.class);
    context.registerBean("context", Object.class);
    context.refresh();
    return context;
  }
}

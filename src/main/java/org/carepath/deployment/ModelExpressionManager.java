package org.carepath.deployment;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * How carepath's engine evaluates the expressions of a model: the rules of {@link ExpressionCheck}
 * enforced again when the expression runs, whatever the values it meets. Camunda's Spring expression
 * manager resolves process variables before beans and calls any public method of any object, so a
 * model that stored a value under a bean's name (say a {@code Class}) could call {@code forName} and
 * {@code newInstance} on it. Here carepath's model beans come first (a variable cannot take a bean's
 * name); a method is called only on a model bean and only when carepath's own class declares it, or
 * when it only reads (a decision's result, a variable of the execution, a collection's size); a
 * property is read only on the execution or the task; nothing is ever written through an expression.
 */
class ModelExpressionManager extends JuelExpressionManager {

  /** The deployment check's rules (ExpressionCheck), the same at run time. */
  private static final Set<String> READING_METHODS = ExpressionCheck.READING_METHODS;
  private static final Set<String> READABLE_PROPERTIES = ExpressionCheck.READABLE_PROPERTIES.values().stream()
      .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final ModelBeans modelBeans;

  ModelExpressionManager(ModelBeans beans) {
    super(beans);
    this.modelBeans = beans;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new ReadOnlyMapELResolver(beans));
    resolver.add(new VariableScopeElResolver());
    resolver.add(new VariableContextElResolver());
    resolver.add(new ArrayELResolver(true));
    resolver.add(new ListELResolver(true));
    resolver.add(new MapELResolver(true));
    resolver.add(new GuardedBeanResolver(modelBeans));
    return resolver;
  }

  /** Camunda's bean resolver, read-only, calling only what a model may call. */
  static final class GuardedBeanResolver extends BeanELResolver {

    private final ModelBeans beans;

    GuardedBeanResolver(ModelBeans beans) {
      super(true);
      this.beans = beans;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
      if (base == null || method == null) {
        return null;
      }
      String name = method.toString();
      boolean reading = READING_METHODS.contains(name) && reads(base);
      if (!beans.mayInvoke(base, name) && !reading) {
        throw new ELException("A model may not call " + name + "() of " + base.getClass().getSimpleName()
            + ": only the methods of carepath's model beans (docs/modelling-guide.md)");
      }
      return super.invoke(context, base, method, types, params);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null || property == null) {
        return null;
      }
      if (!(base instanceof VariableScope) || !READABLE_PROPERTIES.contains(property.toString())) {
        throw new ELException("A model may not read " + property + " of " + base.getClass().getSimpleName());
      }
      return super.getValue(context, base, property);
    }

    /** Values whose reading methods return data: a decision's result, a variable scope, a collection or text. */
    private static boolean reads(Object base) {
      String type = base.getClass().getName();
      return base instanceof VariableScope || base instanceof java.util.Collection || base instanceof java.util.Map
          || base instanceof String || type.startsWith("org.camunda.bpm.dmn.engine.");
    }
  }
}

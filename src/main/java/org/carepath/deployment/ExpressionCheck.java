package org.carepath.deployment;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.carepath.system.EngineInternals;

/**
 * What an expression in a deployed model may do: read a variable, compare and combine values, and
 * call a method of a carepath bean ({@link ModelBeans}) with variables or plain values as arguments.
 * Anything else (a method of the execution or of a variable's value, a property of an object, an
 * index, a function other than Camunda's date and user functions) is refused: it is the way from a
 * diagram to the engine's services, the application context and {@code java.lang.Runtime}. The
 * expression is parsed with the engine's own JUEL parser and its tree walked, so spacing, nesting and
 * string tricks change nothing.
 */
final class ExpressionCheck {

  /** Camunda's built-in functions: today and the signed-in user ({@code dateTime()} returns an object with methods). */
  private static final Set<String> FUNCTIONS = Set.of("now", "currentUser", "currentUserGroups");
  /** Methods that only read: a decision's result, a variable of the execution, a collection's size. */
  static final Set<String> READING_METHODS = Set.of("getSingleResult", "getFirstResult", "getSingleEntry",
      "getEntry", "getResultList", "getVariable", "size", "isEmpty", "contains", "containsKey");
  /** Properties of the execution and the task that name the case or the step. */
  static final Map<String, Set<String>> READABLE_PROPERTIES = Map.of(
      "execution", Set.of("processBusinessKey", "businessKey", "processInstanceId", "id", "currentActivityId"),
      "task", Set.of("id", "name", "assignee", "taskDefinitionKey"));
  private static final Set<Class<?>> PLAIN = Set.of(AstComposite.class, AstEval.class, AstText.class, AstNested.class,
      AstBinary.class, AstUnary.class, AstChoice.class, AstString.class, AstNumber.class, AstBoolean.class,
      AstNull.class, AstIdentifier.class);
  private static final Field DOT_PROPERTY = EngineInternals.field(AstDot.class, "property", "ExpressionCheck");
  /** As the engine parses: method calls and varargs on. */
  private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  private final Predicate<String> modelBean;
  private final BiPredicate<String, String> beanMethod;

  /** {@code beanMethod}: whether a bean offers a method to models (carepath's own, not Object's or a proxy's). */
  ExpressionCheck(Predicate<String> modelBean, BiPredicate<String, String> beanMethod) {
    this.modelBean = modelBean;
    this.beanMethod = beanMethod;
  }

  /** Why {@code expression} may not be deployed, or null when it may. */
  String problem(String expression) {
    try {
      return check(PARSER.build(expression).getRoot());
    } catch (TreeBuilderException e) {
      return "the expression cannot be read: " + e.getMessage();
    }
  }

  /** Why a delegate expression is refused, or null: it must be {@code ${bean}} of a carepath bean. */
  String delegateProblem(String expression) {
    String bean = expression.trim().matches("[$#]\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}")
        ? expression.trim().replaceAll("[$#{}\\s]", "") : null;
    if (bean == null || !modelBean.test(bean)) {
      return "a delegate expression names one carepath bean, as ${sendNotificationDelegate}";
    }
    return null;
  }

  private String check(Node node) {
    if (node instanceof AstMethod) {
      return method(node);
    }
    if (node instanceof AstDot dot) {
      return property(dot);
    }
    if (node instanceof AstBracket) {
      return "index access ([...]) is not allowed";
    }
    if (node instanceof AstFunction function) {
      return FUNCTIONS.contains(function.getName()) ? arguments(function) : "the function " + function.getName() + "() is not allowed";
    }
    if (!PLAIN.contains(node.getClass())) {
      return node.getClass().getSimpleName().replace("Ast", "") + " is not allowed";
    }
    return children(node);
  }

  private String method(Node node) {
    if (!(node.getChild(0) instanceof AstDot target)) {
      return "index access ([...]) is not allowed";
    }
    String name = name(target);
    Node on = target.getChild(0);
    String arguments = arguments(node.getChild(1));
    if (on instanceof AstIdentifier bean && modelBean.test(bean.getName())) {
      return beanMethod.test(bean.getName(), name) ? arguments
          : "calls " + name + "() of '" + bean.getName() + "', which carepath's bean does not offer to models";
    }
    String prefix = check(on);
    if (prefix != null) {
      return prefix;
    }
    if (READING_METHODS.contains(name)) {
      return arguments;
    }
    return "calls " + name + "() of " + describe(on) + ", which is not a carepath bean";
  }

  private String property(AstDot dot) {
    String name = name(dot);
    if (dot.getChild(0) instanceof AstIdentifier owner
        && (modelBean.test(owner.getName()) || READABLE_PROPERTIES.getOrDefault(owner.getName(), Set.of()).contains(name))) {
      return null;
    }
    return "reads '" + name + "' of " + describe(dot.getChild(0)) + "; read variables by their names";
  }

  private String arguments(Node parameters) {
    for (int i = 0; i < parameters.getCardinality(); i++) {
      Node argument = parameters.getChild(i);
      if (argument instanceof AstParameters nested) {
        String problem = arguments(nested);
        if (problem != null) {
          return problem;
        }
      } else if (!(argument instanceof AstIdentifier || argument instanceof AstString || argument instanceof AstNumber
          || argument instanceof AstBoolean || argument instanceof AstNull)) {
        return "a method's arguments are variables or plain values";
      }
    }
    return null;
  }

  private String children(Node node) {
    for (int i = 0; i < node.getCardinality(); i++) {
      String problem = check(node.getChild(i));
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String describe(Node node) {
    if (node instanceof AstIdentifier identifier) {
      return "'" + identifier.getName() + "'";
    }
    return node instanceof AstString ? "a text value" : "a computed value";
  }

  private static String name(AstDot dot) {
    return String.valueOf(EngineInternals.read(DOT_PROPERTY, dot));
  }


  static boolean holdsExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }
}

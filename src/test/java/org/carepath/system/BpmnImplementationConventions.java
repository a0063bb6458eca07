package org.carepath.system;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.ACTIVITI_NS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN20_NS;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * BPMN implementation conventions: every {@code camunda:delegateExpression} (on tasks, event
 * definitions and listeners) is {@code ${beanName}} of a known bean; no {@code camunda:class}, no
 * script task, no script listener. Walks the whole XML, so extension elements are covered too.
 */
final class BpmnImplementationConventions {

  private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Set<String> CAMUNDA_NAMESPACES = Set.of(CAMUNDA_NS, ACTIVITI_NS);
  private static final Set<String> LISTENERS = Set.of("executionListener", "taskListener");

  private final Set<String> knownBeans;
  private final List<String> violations = new ArrayList<>();

  private BpmnImplementationConventions(Set<String> knownBeans) {
    this.knownBeans = knownBeans;
  }

  static List<String> violations(BpmnModelInstance model, Set<String> knownBeans) {
    var conventions = new BpmnImplementationConventions(knownBeans);
    conventions.visit(model.getDocument().getRootElement(), "definitions");
    return conventions.violations;
  }

  /** Checks {@code element} and its descendants; {@code owner} is the id of the enclosing BPMN element. */
  private void visit(DomElement element, String owner) {
    String type = element.getLocalName();
    boolean bpmn = BPMN20_NS.equals(element.getNamespaceURI());
    String id = element.getAttribute("id");
    if (bpmn && id != null && !type.endsWith("EventDefinition")) {
      owner = id;
    }
    String where = owner + " (" + type + ")";
    if (bpmn && "scriptTask".equals(type)) {
      violations.add(owner + " is a script task; call a bean with camunda:delegateExpression");
    }
    if (camundaAttribute(element, "class") != null) {
      violations.add(where + " uses camunda:class; call a bean with camunda:delegateExpression");
    }
    String delegate = camundaAttribute(element, "delegateExpression");
    if (delegate != null) {
      checkDelegateExpression(where, delegate);
    }
    if (isCamunda(element) && LISTENERS.contains(type) && element.getChildElements().stream()
        .anyMatch(child -> isCamunda(child) && "script".equals(child.getLocalName()))) {
      violations.add(where + " runs a script; call a bean with camunda:delegateExpression");
    }
    for (DomElement child : element.getChildElements()) {
      visit(child, owner);
    }
  }

  /** {@code camunda:name} on a BPMN element, or plain {@code name} on a Camunda extension element. */
  private static String camundaAttribute(DomElement element, String name) {
    if (isCamunda(element)) {
      return element.getAttribute(name);
    }
    return CAMUNDA_NAMESPACES.stream().map(namespace -> element.getAttribute(namespace, name))
        .filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static boolean isCamunda(DomElement element) {
    return CAMUNDA_NAMESPACES.contains(element.getNamespaceURI());
  }

  private void checkDelegateExpression(String where, String expression) {
    Matcher reference = BEAN_REFERENCE.matcher(expression.trim());
    if (!reference.matches()) {
      violations.add(where + ": delegate expression " + expression + " is not ${beanName}");
    } else if (!knownBeans.contains(reference.group(1))) {
      violations.add(where + ": delegate expression " + expression + " names no known bean");
    }
  }
}

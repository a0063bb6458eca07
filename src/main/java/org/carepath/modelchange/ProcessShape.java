package org.carepath.modelchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.carepath.deployment.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The flow nodes of one process of a BPMN file, as Camunda's migration by equal ids sees them: each
 * node's id, name, kind (element type with its event definitions, multi-instance or not) and the scope
 * it sits in (the enclosing sub-process, or the process), and a timer's rule.
 */
record ProcessShape(String key, String name, Map<String, Step> steps) {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String PROCESS_SCOPE = "(the process)";
  private static final Set<String> SCOPES = Set.of("subProcess", "transaction", "adHocSubProcess");
  private static final Set<String> FLOW_NODES = Set.of("task", "userTask", "serviceTask", "sendTask", "receiveTask",
      "manualTask", "businessRuleTask", "scriptTask", "callActivity", "subProcess", "transaction", "adHocSubProcess",
      "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway",
      "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway");

  record Step(String id, String name, String kind, String scope, String timer) {

    /** "Send outcome letter (Activity_SendOutcomeLetter)", or the id alone for a step without a name. */
    String label() {
      return name == null || name.isBlank() ? id : name + " (" + id + ")";
    }
  }

  private static final java.util.regex.Pattern FORM_REF = java.util.regex.Pattern.compile("formRef=\"([^\"]+)\"");

  /** The ids of the Camunda Forms a BPMN file's tasks and start events show ({@code camunda:formRef}). */
  static java.util.Set<String> formRefs(byte[] bpmn) {
    java.util.Set<String> refs = new java.util.HashSet<>();
    FORM_REF.matcher(new String(bpmn, java.nio.charset.StandardCharsets.UTF_8)).results().forEach(m -> refs.add(m.group(1)));
    return refs;
  }

  /** The processes of a BPMN file by key; a file that is no BPMN gives none. */
  static Map<String, ProcessShape> of(byte[] bpmn) throws Exception {
    Element definitions = SafeXml.parse(bpmn);
    Map<String, ProcessShape> processes = new LinkedHashMap<>();
    for (Element process : children(definitions, "process")) {
      Map<String, Step> steps = new LinkedHashMap<>();
      collect(process, PROCESS_SCOPE, steps);
      processes.put(process.getAttribute("id"), new ProcessShape(process.getAttribute("id"), process.getAttribute("name"), steps));
    }
    return processes;
  }

  private static void collect(Element container, String scope, Map<String, Step> steps) {
    for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && BPMN.equals(element.getNamespaceURI()) && FLOW_NODES.contains(element.getLocalName())) {
        String id = element.getAttribute("id");
        steps.put(id, new Step(id, element.getAttribute("name"), kind(element), scope, timer(element)));
        if (SCOPES.contains(element.getLocalName())) {
          collect(element, id, steps);
        }
      }
    }
  }

  /** "userTask", "boundaryEvent[timerEventDefinition]", "subProcess (event sub-process)", "userTask (multi-instance)". */
  static String kind(Element element) {
    StringBuilder kind = new StringBuilder(element.getLocalName());
    if ("true".equals(element.getAttribute("triggeredByEvent"))) {
      kind.append(" (event sub-process)");
    }
    for (Element child : children(element, null)) {
      if (child.getLocalName().endsWith("EventDefinition")) {
        kind.append('[').append(child.getLocalName()).append(']');
      }
    }
    if (!children(element, "multiInstanceLoopCharacteristics").isEmpty()) {
      kind.append(" (multi-instance)");
    }
    return kind.toString();
  }

  private static String timer(Element element) {
    for (Element definition : children(element, "timerEventDefinition")) {
      for (Element rule : children(definition, null)) {
        return rule.getLocalName() + " " + rule.getTextContent().strip();
      }
    }
    return null;
  }

  private static java.util.List<Element> children(Element parent, String localName) {
    java.util.List<Element> found = new java.util.ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && BPMN.equals(element.getNamespaceURI())
          && (localName == null || localName.equals(element.getLocalName()))) {
        found.add(element);
      }
    }
    return found;
  }
}

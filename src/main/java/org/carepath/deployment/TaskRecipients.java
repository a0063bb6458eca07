package org.carepath.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Who receives each user task of a BPMN file, and what in the file could change that without touching
 * the task. Recipients: per process id, per task id, its assignee, candidate groups and candidate users
 * as written (in Camunda's and the older Activiti namespace alike), and BPMN's own performer elements;
 * only real tasks count (not look-alikes hidden in extension elements). Routing writes: every place the
 * file sets a variable that a recipient expression reads ({@code sectorTeam}, {@code allocatedWorker},
 * ...) or that hands an adult's case to a team ({@code holder} of the "Hand case over" step): an input or output mapping, a result variable, a call activity's in or out mapping.
 */
final class TaskRecipients {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final Set<String> CAMUNDA = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");
  /** Variables that decide who works or reads a case: the children's, and the adults' team, lead worker and holder. */
  private static final Set<String> ALWAYS_ROUTING = Set.of("sectorTeam", "sector", "allocatedWorker", "caseReference",
      "caseManager", "newCaseManager", "eventBy", "team", "leadWorker", "holder", "safeguardingEnquiry");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private TaskRecipients() {}

  static Map<String, Map<String, String>> of(byte[] bpmn) {
    Map<String, Map<String, String>> processes = new LinkedHashMap<>();
    Element root = parse(bpmn);
    NodeList all = root.getElementsByTagNameNS(BPMN, "process");
    for (int i = 0; i < all.getLength(); i++) {
      Element process = (Element) all.item(i);
      Map<String, String> tasks = new LinkedHashMap<>();
      NodeList userTasks = process.getElementsByTagNameNS(BPMN, "userTask");
      for (int j = 0; j < userTasks.getLength(); j++) {
        Element task = (Element) userTasks.item(j);
        if (!insideExtension(task)) {
          tasks.put(task.getAttribute("id"), recipients(task));
        }
      }
      processes.put(process.getAttribute("id"), tasks);
    }
    return processes;
  }

  /** Each process's {@code camunda:historyTimeToLive} as written (days or an ISO period). */
  static Map<String, String> timesToLive(byte[] bpmn) {
    Map<String, String> times = new LinkedHashMap<>();
    NodeList all = parse(bpmn).getElementsByTagNameNS(BPMN, "process");
    for (int i = 0; i < all.getLength(); i++) {
      Element process = (Element) all.item(i);
      String ttl = "";
      for (String namespace : CAMUNDA) {
        ttl = ttl.isEmpty() ? process.getAttributeNS(namespace, "historyTimeToLive") : ttl;
      }
      times.put(process.getAttribute("id"), ttl);
    }
    return times;
  }

  /** The variables recipient expressions read: the identifiers in them, and the case's routing variables. */
  static Set<String> routingVariables(Map<String, Map<String, String>> processes) {
    Set<String> names = new TreeSet<>(ALWAYS_ROUTING);
    processes.values().forEach(tasks -> tasks.values().forEach(recipients -> {
      Matcher matcher = IDENTIFIER.matcher(recipients.replaceAll("'[^']*'", ""));
      while (matcher.find()) {
        names.add(matcher.group());
      }
    }));
    return names;
  }

  /** Each place in the file that writes one of {@code routing}: element id, how, and the variable. */
  static Set<String> routingWrites(byte[] bpmn, Set<String> routing) {
    Set<String> writes = new TreeSet<>();
    collect(parse(bpmn), "definitions", routing, writes);
    return writes;
  }

  private static void collect(Element element, String owner, Set<String> routing, Set<String> writes) {
    if (!element.getAttribute("id").isEmpty()) {
      owner = element.getAttribute("id");
    }
    String type = element.getLocalName();
    boolean camunda = CAMUNDA.contains(element.getNamespaceURI());
    for (String namespace : CAMUNDA) {
      for (String attribute : new String[] {"resultVariable", "elementVariable", "errorCodeVariable", "errorMessageVariable",
          "escalationCodeVariable"}) {
        note(writes, routing, owner, attribute + " " + describe(element), element.getAttributeNS(namespace, attribute));
      }
    }
    if (camunda && (type.equals("inputParameter") || type.equals("outputParameter"))) {
      note(writes, routing, owner, type + " " + describe(element), element.getAttribute("name"));
    }
    if (camunda && (type.equals("in") || type.equals("out"))) {
      note(writes, routing, owner, type + " " + describe(element), element.getAttribute("target"));
      if ("all".equals(element.getAttribute("variables"))) {
        writes.add(owner + " " + type + " all variables");
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element next) {
        collect(next, owner, routing, writes);
      }
    }
  }

  private static void note(Set<String> writes, Set<String> routing, String owner, String how, String variable) {
    if (variable != null && routing.contains(variable.trim())) {
      writes.add(owner + " " + how + " -> " + variable.trim());
    }
  }

  /** What a write writes: the element's attributes and text, so a new value is a new write. */
  private static String describe(Element element) {
    Set<String> parts = new TreeSet<>();
    for (int i = 0; i < element.getAttributes().getLength(); i++) {
      var attribute = element.getAttributes().item(i);
      parts.add(attribute.getLocalName() + "=" + attribute.getNodeValue());
    }
    String text = element.getTextContent() == null ? "" : element.getTextContent().strip().replaceAll("\\s+", " ");
    return parts + (text.isEmpty() ? "" : " '" + text + "'");
  }

  private static boolean insideExtension(Element element) {
    for (Node node = element.getParentNode(); node instanceof Element parent; node = node.getParentNode()) {
      if ("extensionElements".equals(parent.getLocalName()) || !BPMN.equals(parent.getNamespaceURI())) {
        return true;
      }
    }
    return false;
  }

  private static String recipients(Element task) {
    StringBuilder recipients = new StringBuilder();
    for (String attribute : new String[] {"assignee", "candidateGroups", "candidateUsers"}) {
      Set<String> values = new TreeSet<>();
      for (String namespace : CAMUNDA) {
        String value = task.getAttributeNS(namespace, attribute);
        if (!value.isEmpty()) {
          values.add(value);
        }
      }
      recipients.append(recipients.isEmpty() ? "" : ", ").append(attribute).append(" ").append(values);
    }
    for (Node child = task.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element performer && performer.getLocalName().matches("humanPerformer|potentialOwner|performer")) {
        recipients.append(", ").append(performer.getLocalName()).append(" '").append(performer.getTextContent().trim()).append("'");
      }
    }
    return recipients.toString();
  }

  private static Element parse(byte[] bpmn) {
    try {
      return SafeXml.parse(bpmn);
    } catch (Exception e) {
      throw new IllegalArgumentException("Cannot read the BPMN file: " + e.getMessage(), e);
    }
  }
}

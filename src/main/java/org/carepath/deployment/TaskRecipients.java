package org.carepath.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Who receives each user task of a BPMN file: per process id, per task id, its assignee, candidate
 * groups and candidate users as written (expressions included), and BPMN's own performer elements.
 */
final class TaskRecipients {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private TaskRecipients() {}

  static Map<String, Map<String, String>> of(byte[] bpmn) {
    Map<String, Map<String, String>> processes = new LinkedHashMap<>();
    Element root = parse(bpmn);
    NodeList all = root.getElementsByTagNameNS("*", "process");
    for (int i = 0; i < all.getLength(); i++) {
      Element process = (Element) all.item(i);
      Map<String, String> tasks = new LinkedHashMap<>();
      NodeList userTasks = process.getElementsByTagNameNS("*", "userTask");
      for (int j = 0; j < userTasks.getLength(); j++) {
        Element task = (Element) userTasks.item(j);
        tasks.put(task.getAttribute("id"), recipients(task));
      }
      processes.put(process.getAttribute("id"), tasks);
    }
    return processes;
  }

  private static String recipients(Element task) {
    StringBuilder recipients = new StringBuilder()
        .append("assignee '").append(task.getAttributeNS(CAMUNDA, "assignee"))
        .append("', candidate groups '").append(task.getAttributeNS(CAMUNDA, "candidateGroups"))
        .append("', candidate users '").append(task.getAttributeNS(CAMUNDA, "candidateUsers")).append("'");
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

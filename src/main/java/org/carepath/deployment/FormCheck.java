package org.carepath.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Camunda Form runs in the browser of every member of staff who opens the task: it may hold form
 * fields and text, never components that embed other pages or raw HTML ({@code iframe}, {@code html})
 * or load pictures from elsewhere (an {@code image} with an address outside carepath tracks who opens
 * a case). Anything else is refused with the component's id.
 */
final class FormCheck {

  private static final Set<String> ALLOWED = Set.of("default", "text", "textfield", "textarea", "number", "select",
      "radio", "checkbox", "checklist", "taglist", "datetime", "group", "dynamiclist", "table", "separator", "spacer",
      "button");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The one link a form may show: to carepath's page of the task's own case, by its reference. */
  private static final java.util.regex.Pattern CASE_PAGE_LINK =
      java.util.regex.Pattern.compile("\\[[A-Za-z ]{1,40}\\]\\(/cases/\\{\\{caseReference\\}\\}\\)");

  private FormCheck() {}

  static List<ModelSafetyCheck.Violation> check(String resource, byte[] content) {
    List<ModelSafetyCheck.Violation> violations = new ArrayList<>();
    try {
      visit(resource, JSON.readTree(content), violations);
    } catch (IOException e) {
      violations.add(new ModelSafetyCheck.Violation(resource, "the file", "cannot be read as a Camunda Form: " + e.getMessage()));
    }
    return violations;
  }

  private static void visit(String resource, JsonNode node, List<ModelSafetyCheck.Violation> violations) {
    if (node.isObject() && node.has("type") && node.get("type").isTextual() && !ALLOWED.contains(node.get("type").asText())) {
      violations.add(new ModelSafetyCheck.Violation(resource, "component '" + node.path("id").asText("?") + "'",
          "form components of type '" + node.get("type").asText() + "' are not allowed (fields, text and groups are)"));
    }
    if (node.isObject() && "text".equals(node.path("type").asText())
        && CASE_PAGE_LINK.matcher(node.path("text").asText()).replaceAll("").matches("(?s).*(<|\\[|\\]|://|www\\.).*")) {
      violations.add(new ModelSafetyCheck.Violation(resource, "component '" + node.path("id").asText("?") + "'",
          "text in a form holds no HTML and no links (a link could carry the case's data away), but the link to the"
              + " case's own page, [words](/cases/{{caseReference}})"));
    }
    node.forEach(child -> visit(resource, child, violations));
  }
}

package org.carepath.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * DMN conventions: the file is named for its first decision; every decision has a PascalCase id, a
 * name, {@code camunda:historyTimeToLive} and a shape in the diagram (DMNDI).
 */
final class DmnConventions {

  static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]+");

  private DmnConventions() {
  }

  static List<String> violations(Path file) {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    List<Decision> decisions = List.copyOf(model.getModelElementsByType(Decision.class));
    Set<String> drawn = shapedElementIds(model);
    String fileName = file.getFileName().toString();
    List<String> violations = new ArrayList<>();
    if (decisions.isEmpty()) {
      violations.add(fileName + " holds no decision");
    } else if (!fileName.equals(decisions.get(0).getId() + ".dmn")) {
      violations.add(fileName + " must be named " + decisions.get(0).getId() + ".dmn");
    }
    for (Decision decision : decisions) {
      String id = decision.getId();
      if (!PASCAL_CASE.matcher(id).matches()) {
        violations.add("decision " + id + ": id is not PascalCase");
      }
      if (isBlank(decision.getName())) {
        violations.add("decision " + id + " has no name");
      }
      if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
        violations.add("decision " + id + " has no camunda:historyTimeToLive");
      }
      if (!drawn.contains(id)) {
        violations.add("decision " + id + " has no DMNShape");
      }
    }
    return violations;
  }

  /** The elements the DMNDI draws; the model API keeps DMNDI as plain DOM. */
  private static Set<String> shapedElementIds(DmnModelInstance model) {
    return model.getDocument().getElementsByNameNs(DMNDI_NS, "DMNShape").stream()
        .map(shape -> shape.getAttribute("dmnElementRef"))
        .filter(ref -> ref != null)
        .map(ref -> ref.substring(ref.indexOf(':') + 1))
        .collect(Collectors.toSet());
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}

package org.carepath.modelchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.carepath.deployment.ModelChecks;
import org.carepath.deployment.SafeXml;
import org.carepath.identity.CurrentStaff;
import org.carepath.modelchange.ModelChangeReport.Problem;
import org.carepath.modelchange.ModelChangeReport.ProcessChange;
import org.carepath.system.EngineAsSystem;
import org.springframework.stereotype.Service;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Checks a set of changed model files and reports what deploying them would do (the dry run). */
@Service
class ModelChanges {

  record File(String name, byte[] content) {}

  private final ModelChecks checks;
  private final ModelImpact impact;
  private final EngineAsSystem system;
  private final CurrentStaff staff;

  ModelChanges(ModelChecks checks, ModelImpact impact, EngineAsSystem system, CurrentStaff staff) {
    this.checks = checks;
    this.impact = impact;
    this.system = system;
    this.staff = staff;
  }

  ModelChangeReport check(List<File> files) {
    boolean administrator = staff.isAdministrator();
    ModelChangeReport report = system.call(() -> report(files, administrator));
    return administrator ? report : report.forManager();
  }

  private ModelChangeReport report(List<File> files, boolean administrator) {
    List<Problem> problems = new ArrayList<>();
    for (File file : files) {
      checks.violations(file.name(), file.content())
          .forEach(v -> problems.add(new Problem(v.resource(), v.element(), v.rule())));
    }
    if (!problems.isEmpty()) {
      return new ModelChangeReport(false, problems, List.of(), List.of(), List.of(), List.of());
    }
    List<String> needsAdministrator = new ArrayList<>();
    List<ProcessChange> processes = new ArrayList<>();
    List<String> decisions = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    java.util.Set<String> formsShown = new java.util.HashSet<>();
    files.stream().filter(file -> ModelChecks.isBpmn(file.name()))
        .forEach(file -> formsShown.addAll(ProcessShape.formRefs(file.content())));
    try {
      for (File file : files) {
        if (ModelChecks.isBpmn(file.name())) {
          var shapes = ProcessShape.of(file.content());
          needsAdministrator.addAll(checks.administratorOnly(file.content(), impact.deployedFiles(shapes.keySet())));
          for (ProcessShape shape : shapes.values()) {
            processes.add(impact.change(shape));
          }
        } else if (file.name().endsWith(".dmn")) {
          decisions.addAll(decisions(file));
        } else {
          forms.add(form(file, formsShown));
        }
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      problems.add(new Problem("the files", "the file", "could not be read: " + e.getMessage()));
      return new ModelChangeReport(false, problems, List.of(), List.of(), List.of(), List.of());
    }
    return new ModelChangeReport(administrator || needsAdministrator.isEmpty(), problems, needsAdministrator, processes,
        decisions, forms);
  }

  /** "IscanEligibility: the next decision of every case, running or new, uses the new version". */
  private static List<String> decisions(File file) throws Exception {
    List<String> found = new ArrayList<>();
    Element definitions = SafeXml.parse(file.content());
    for (Node child = definitions.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && "decision".equals(element.getLocalName())) {
        found.add(element.getAttribute("id") + " (" + file.name() + "): the next decision of every case, running or new, "
            + "uses the new version (carepath's models call decisions by their latest version)");
      }
    }
    return found;
  }

  /**
   * "PlanMeeting (PlanMeeting.form): shown on the tasks of the new version ...". A task shows the form
   * deployed with its process (formRefBinding "deployment"): a form sent without a process that shows
   * it would be shown nowhere.
   */
  private static String form(File file, java.util.Set<String> formsShown) throws java.io.IOException {
    String id = new ObjectMapper().readTree(file.content()).path("id").asText(file.name());
    if (!formsShown.contains(id)) {
      return id + " (" + file.name() + "): no process among these files shows it, and a task shows only the form "
          + "deployed with its process: send the process that uses it too, or the form changes nothing";
    }
    return id + " (" + file.name() + "): shown on the tasks of the new version and of cases moved to it; "
        + "tasks of cases left on an older version keep that version's form";
  }
}

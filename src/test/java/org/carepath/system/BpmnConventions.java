package org.carepath.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * BPMN conventions: diagram interchange, forms, ids, names and history time to live. The
 * implementation rules (beans, no classes, no scripts) live in {@link BpmnImplementationConventions}.
 */
final class BpmnConventions {

  private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]+");
  private static final Map<Class<? extends BaseElement>, String> ID_PREFIXES = Map.of(
      Activity.class, "Activity", Gateway.class, "Gateway", Event.class, "Event",
      SequenceFlow.class, "Flow", Message.class, "Message", Error.class, "Error",
      Signal.class, "Signal", Escalation.class, "Escalation");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Path forms;
  private final Set<String> knownBeans;
  private final BpmnModelInstance model;
  private final List<String> violations = new ArrayList<>();

  BpmnConventions(Path file, Path forms, Set<String> knownBeans) {
    this.file = file;
    this.forms = forms;
    this.knownBeans = knownBeans;
    this.model = Bpmn.readModelFromFile(file.toFile());
  }

  List<String> violations() {
    checkDiagramInterchange();
    checkForms();
    violations.addAll(BpmnImplementationConventions.violations(model, knownBeans));
    checkIds();
    checkNamesAndHistory();
    return violations;
  }

  private void checkDiagramInterchange() {
    Set<String> shaped = idsOf(all(BpmnShape.class), BpmnShape::getBpmnElement);
    Set<String> planes = idsOf(all(BpmnPlane.class), BpmnPlane::getBpmnElement);
    // the schema already rejects an edge with fewer than 2 waypoints
    Set<String> edged = idsOf(all(BpmnEdge.class), BpmnEdge::getBpmnElement);
    List<BaseElement> needShapes = new ArrayList<>(all(FlowNode.class));
    needShapes.addAll(all(Participant.class));
    needShapes.addAll(all(Lane.class));
    needShapes.stream().filter(element -> !shaped.contains(element.getId()))
        .forEach(element -> violations.add(element.getId() + " has no BPMNShape"));
    all(SequenceFlow.class).stream().filter(flow -> !edged.contains(flow.getId()))
        .forEach(flow -> violations.add(flow.getId() + " has no BPMNEdge"));
    Set<String> inPools = idsOf(all(Participant.class), Participant::getProcess);
    List<BaseElement> needPlanes = new ArrayList<>(all(Collaboration.class));
    all(Process.class).stream().filter(process -> !inPools.contains(process.getId())).forEach(needPlanes::add);
    needPlanes.stream().filter(element -> !planes.contains(element.getId()))
        .forEach(element -> violations.add(element.getId() + " has no BPMNPlane"));
  }

  private void checkForms() {
    for (UserTask task : all(UserTask.class)) {
      checkForm(task.getId(), task.getCamundaFormKey(), task.getCamundaFormRef(),
          task.getCamundaFormRefBinding());
    }
    for (StartEvent start : all(StartEvent.class)) {
      if (startsFromTasklist(start)) {
        checkForm(start.getId(), start.getCamundaFormKey(), start.getCamundaFormRef(),
            start.getCamundaFormRefBinding());
      } else if (start.getCamundaFormKey() != null) {
        violations.add(start.getId() + " uses camunda:formKey; use camunda:formRef");
      }
    }
  }

  /** A none start event of a top-level process that people may start in Tasklist. */
  private static boolean startsFromTasklist(StartEvent start) {
    return start.getParentElement() instanceof Process process
        && start.getEventDefinitions().isEmpty()
        && !Boolean.FALSE.equals(process.isCamundaStartableInTasklist());
  }

  private void checkForm(String id, String formKey, String formRef, String binding) {
    if (formKey != null) {
      violations.add(id + " uses camunda:formKey; use camunda:formRef");
    }
    if (isBlank(formRef)) {
      violations.add(id + " has no camunda:formRef");
      return;
    }
    if (!"deployment".equals(binding)) {
      violations.add(id + " must set camunda:formRefBinding=\"deployment\"");
    }
    Path form = forms.resolve(formRef + ".form");
    if (!Files.isRegularFile(form)) {
      violations.add(id + " references form " + formRef + ", but " + form.getFileName() + " is missing");
      return;
    }
    String formId = readFormId(form);
    if (!formRef.equals(formId)) {
      violations.add(id + " references form " + formRef + ", but " + form.getFileName()
          + " has the id " + formId);
    }
  }

  private void checkIds() {
    List<Process> executable = all(Process.class).stream().filter(Process::isExecutable).toList();
    all(Process.class).stream().filter(process -> !PASCAL_CASE.matcher(process.getId()).matches())
        .forEach(process -> violations.add("process " + process.getId() + ": id is not PascalCase"));
    String fileName = file.getFileName().toString();
    if (executable.size() != 1) {
      violations.add(fileName + " must hold exactly one executable process, found " + executable.size());
    } else if (!fileName.equals(executable.get(0).getId() + ".bpmn")) {
      violations.add(fileName + " must be named " + executable.get(0).getId() + ".bpmn");
    }
    ID_PREFIXES.forEach((type, prefix) -> all(type).stream()
        .filter(element -> !element.getId().matches(prefix + "_[A-Z][A-Za-z0-9]*"))
        .forEach(element -> violations.add(
            element.getId() + ": id must be " + prefix + "_ followed by a PascalCase meaning")));
  }

  private void checkNamesAndHistory() {
    all(Process.class).stream()
        .filter(process -> process.isExecutable() && isBlank(process.getCamundaHistoryTimeToLiveString()))
        .forEach(process -> violations.add("process " + process.getId() + " has no camunda:historyTimeToLive"));
    for (FlowNode node : all(FlowNode.class)) {
      boolean needsName = node instanceof Activity || node instanceof Event || isDecision(node);
      if (needsName && isBlank(node.getName())) {
        violations.add(node.getId() + " has no name");
      }
      if (isDecision(node) && !(node instanceof EventBasedGateway)) {
        SequenceFlow defaultFlow = node instanceof ExclusiveGateway exclusive
            ? exclusive.getDefault() : ((InclusiveGateway) node).getDefault();
        String defaultId = defaultFlow == null ? null : defaultFlow.getId();
        node.getOutgoing().stream()
            .filter(flow -> !flow.getId().equals(defaultId))
            .filter(flow -> isBlank(flow.getName()))
            .forEach(flow -> violations.add(flow.getId() + " has no name; it answers " + node.getId()));
      }
    }
  }

  /** A gateway that asks a question: exclusive, inclusive or event-based, with several ways out. */
  private static boolean isDecision(FlowNode node) {
    return (node instanceof ExclusiveGateway || node instanceof InclusiveGateway
        || node instanceof EventBasedGateway) && node.getOutgoing().size() > 1;
  }

  private <T extends ModelElementInstance> Collection<T> all(Class<T> type) {
    return model.getModelElementsByType(type);
  }

  private static <T> Set<String> idsOf(Collection<T> elements, Function<T, BaseElement> reference) {
    return elements.stream().map(reference).filter(element -> element != null)
        .map(BaseElement::getId).collect(Collectors.toSet());
  }

  private static String readFormId(Path form) {
    try {
      return JSON.readTree(form.toFile()).path("id").asText(null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read form " + form, e);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}

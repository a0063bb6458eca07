package org.carepath.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The check every deployment passes, whoever deploys it (Modeler, the REST API, carepath itself): a
 * model may describe work, never run code on the server. Refused, each with the element and the rule:
 * Java classes ({@code camunda:class}), scripts of any kind (script tasks, script listeners, script
 * conditions and mappings, external script resources), connectors (calls to other servers), embedded
 * or external forms (they run code in Tasklist), decisions in anything but FEEL or FEEL's external
 * Java functions, expressions beyond {@link ExpressionCheck}, and files other than BPMN, DMN, Camunda
 * Forms and PNG images.
 */
public final class ModelSafetyCheck {

  private static final Set<String> CAMUNDA_NAMESPACES =
      Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn", "http://camunda.org/schema/1.0/dmn");
  private static final Set<String> NOT_EVALUATED = Set.of("documentation", "text", "BPMNLabel", "BPMNShape", "BPMNEdge");
  /** FEEL's Java calls: {@code function(x) external {...}}, found after comments and strings are taken out. */
  private static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FEEL_COMMENT_OR_STRING = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:[^\"\\\\]|\\\\.)*\"", Pattern.DOTALL);
  /** Names the engine gives to the execution, the task and the user: a variable may not take them. */
  /** FEEL by its name or the OMG's namespaces; not Camunda's FEEL script engines (feel-scala, ...), which bind more. */
  private static final Pattern FEEL = Pattern.compile(
      "(?i)feel|https?://www\\.omg\\.org/spec/(FEEL/\\d{8}|DMN/\\d{8}/FEEL/?)");
  private static final Set<String> RESERVED = Set.of("execution", "task", "externalTask", "caseExecution", "authenticatedUserId");
  private static final Set<String> VARIABLE_ATTRIBUTES = Set.of("resultVariable", "elementVariable", "errorCodeVariable",
      "errorMessageVariable", "escalationCodeVariable");
  private static final String USE_A_BEAN = "call a carepath bean with camunda:delegateExpression";

  /** One refused element: where it is and which rule it breaks. */
  public record Violation(String resource, String element, String rule) {
    @Override
    public String toString() {
      return resource + ", " + element + ": " + rule;
    }
  }

  private final ExpressionCheck expressions;
  private final Predicate<String> modelBean;

  public ModelSafetyCheck(Predicate<String> modelBean, BiPredicate<String, String> beanMethod) {
    this.expressions = new ExpressionCheck(modelBean, beanMethod);
    this.modelBean = modelBean;
  }

  public List<Violation> check(String resource, byte[] content) {
    String name = resource.toLowerCase(Locale.ROOT);
    List<Violation> violations = new ArrayList<>();
    if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
      Element root = parse(resource, content, violations);
      walk(resource, root, name.endsWith(".dmn") || name.endsWith(".dmn11.xml"), violations);
      uniqueIds(resource, root, new java.util.HashSet<>(), violations);
    } else if (name.endsWith(".form")) {
      violations.addAll(FormCheck.check(resource, content));
    } else if (!name.endsWith(".png")) {
      violations.add(new Violation(resource, "the file", "only BPMN, DMN, Camunda Forms and PNG images may be deployed"));
    }
    return violations;
  }

  private void walk(String resource, Element element, boolean decision, List<Violation> violations) {
    if (element == null) {
      return;
    }
    String where = where(element);
    String type = element.getLocalName();
    boolean camunda = camunda(element.getNamespaceURI());
    if ("scriptTask".equals(type) && !camunda) {
      violations.add(new Violation(resource, where, "script tasks are not allowed: " + USE_A_BEAN));
    } else if (camunda && "script".equals(type)) {
      violations.add(new Violation(resource, where, "scripts are not allowed: " + USE_A_BEAN));
    } else if (camunda && ("formData".equals(type) || "formField".equals(type))) {
      violations.add(new Violation(resource, where, "generated forms are not allowed: use a Camunda Form (camunda:formRef)"));
    } else if (camunda && "connector".equals(type)) {
      violations.add(new Violation(resource, where, "connectors are not allowed: they call other servers from the engine"));
    }
    boolean refusedAlready = "scriptTask".equals(type) && !camunda;
    for (int i = 0; i < element.getAttributes().getLength() && !refusedAlready; i++) {
      String problem = attribute((Attr) element.getAttributes().item(i), camunda, decision);
      if (problem != null) {
        violations.add(new Violation(resource, where, problem));
      }
    }
    String text = ownText(element);
    if (!decision && type.startsWith("time") && insideStartTimer(element)) {
      String problem = timer(type, text);
      if (problem != null) {
        violations.add(new Violation(resource, where, problem));
      }
    }
    if (!text.isBlank()) {
      String problem = decision ? feel(text) : NOT_EVALUATED.contains(type) ? null : expression(text);
      if (problem != null) {
        violations.add(new Violation(resource, where, problem));
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(resource, childElement, decision, violations);
      }
    }
  }

  private String attribute(Attr attribute, boolean onCamundaElement, boolean decision) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String value = attribute.getValue();
    boolean camunda = camunda(attribute.getNamespaceURI()) || (onCamundaElement && attribute.getNamespaceURI() == null);
    if (camunda && (name.equals("class") || name.endsWith("Class"))) {
      return "Java classes (camunda:" + name + ") are not allowed: " + USE_A_BEAN;
    }
    if (name.equals("scriptFormat") || name.equals("language") || (camunda && name.equals("resource"))) {
      return "scripts are not allowed: " + USE_A_BEAN;
    }
    if (camunda && name.equals("businessKey") && !value.strip().matches("[#$]\\{execution\\.processBusinessKey}")) {
      return "a called process carries its caller's case: businessKey=\"#{execution.processBusinessKey}\"";
    }
    if (camunda && name.equals("formKey")) {
      return "forms are referenced with camunda:formRef (embedded and external forms run code in Tasklist)";
    }
    if (decision && name.equals("expressionLanguage") && !FEEL.matcher(value.strip()).matches()) {
      return "decisions are written in FEEL, not " + value;
    }
    boolean namesVariable = (camunda && VARIABLE_ATTRIBUTES.contains(name))
        || (onCamundaElement && attribute.getNamespaceURI() == null
            && (name.equals("target") || (name.equals("name") && attribute.getOwnerElement().getLocalName().endsWith("Parameter"))));
    if (namesVariable && (RESERVED.contains(value.trim()) || modelBean.test(value.trim()))) {
      return "a variable may not take the name '" + value.trim() + "' (a carepath bean or the engine's own)";
    }
    if (camunda && (name.equals("delegateExpression") || name.equals("variableMappingDelegateExpression"))) {
      return expressions.delegateProblem(value);
    }
    return decision ? null : expression(value);
  }

  private static boolean camunda(String namespace) {
    return namespace != null && CAMUNDA_NAMESPACES.contains(namespace);
  }

  private String expression(String value) {
    return ExpressionCheck.holdsExpression(value) ? expressions.problem(value) : null;
  }

  private static String feel(String text) {
    String code = FEEL_COMMENT_OR_STRING.matcher(text).replaceAll(" ");
    return FEEL_EXTERNAL.matcher(code).find() ? "FEEL external functions (Java calls) are not allowed" : null;
  }

  /** Every id once per file: a second element with a task's id could stand in for it in a reviewer's eyes. */
  private static void uniqueIds(String resource, Element element, java.util.Set<String> seen, List<Violation> violations) {
    if (element == null) {
      return;
    }
    String id = element.getAttribute("id");
    if (!id.isEmpty() && !seen.add(id)) {
      violations.add(new Violation(resource, "element '" + id + "'", "ids are unique in a file; this one is used twice"));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element next) {
        uniqueIds(resource, next, seen, violations);
      }
    }
  }

  /** A process's timer start is read when the model is deployed: a time, never an expression. */
  private static boolean insideStartTimer(Element element) {
    Node definition = element.getParentNode();
    Node event = definition == null ? null : definition.getParentNode();
    return event instanceof Element start && "startEvent".equals(start.getLocalName())
        && start.getParentNode() instanceof Element owner && "process".equals(owner.getLocalName());
  }

  /** Why a timer is refused: an expression in a start timer, an endless or instant cycle. */
  static String timer(String type, String text) {
    String time = text.strip();
    if (ExpressionCheck.holdsExpression(time)) {
      return "a timer start is read when the model is deployed: write its time, not an expression";
    }
    if ("timeCycle".equals(type) && time.startsWith("R") && !time.matches("R\\d{1,4}/.*")) {
      return "a timer cycle repeats a set number of times (R5/P1D), never endlessly";
    }
    if ("timeCycle".equals(type) && time.matches("R\\d*/(PT0+[SMH]|P0+D|PT0?\\.\\d+S).*")) {
      return "a timer cycle waits at least a second between repeats";
    }
    return null;
  }

  private static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  /** The element's id, or the nearest enclosing id, for a message a manager can follow in Modeler. */
  private static String where(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (!e.getAttribute("id").isEmpty()) {
        return node == element ? "element '" + e.getAttribute("id") + "'"
            : element.getLocalName() + " in element '" + e.getAttribute("id") + "'";
      }
    }
    return "element " + element.getLocalName();
  }

  private static Element parse(String resource, byte[] content, List<Violation> violations) {
    try {
      return SafeXml.parse(content);
    } catch (Exception e) {
      violations.add(new Violation(resource, "the file", "cannot be read as XML (document types are not allowed): " + e.getMessage()));
      return null;
    }
  }
}

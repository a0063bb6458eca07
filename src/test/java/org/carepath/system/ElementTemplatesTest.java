package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.carepath.casefile.CaseOutcome;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Camunda Modeler's element templates ({@code processes/.camunda/element-templates/}) for carepath's
 * reusable steps: every task that calls a templated bean is bound to its template (so Modeler shows
 * the step's own form, not raw properties), holds what the template fixes, and picks a value the
 * template offers; the templates' choices are exactly what the code accepts.
 */
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates");
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  record Template(String id, int version, Map<String, String> hidden, Map<String, Set<String>> choices) {}

  @Test
  void shouldBindEveryTaskOfATemplatedBeanToItsTemplateWithValuesItOffers() throws Exception {
    Map<String, Template> byBean = templatesByBean();
    List<String> problems = new ArrayList<>();
    int[] bound = {0};
    for (Path model : ModelConventions.modelsIn(Path.of("processes"))) {
      if (model.toString().endsWith(".bpmn")) {
        problems.addAll(problems(model.getFileName().toString(), Files.readAllBytes(model), byBean, bound));
      }
    }
    assertThat(problems).isEmpty();
    assertThat(bound[0]).as("the letters, closings and circulations of the shipped models").isGreaterThanOrEqualTo(20);
  }

  @Test
  void shouldRejectATaskWithoutItsTemplateOrWithAValueTheTemplateDoesNotOffer() throws Exception {
    String fixture = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
          <bpmn:process id="Fixture">
            <bpmn:serviceTask id="Activity_Unbound" camunda:delegateExpression="${closeCaseDelegate}">
              <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="outcome">DISCHARGED</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:serviceTask id="Activity_Unknown" camunda:modelerTemplate="org.carepath.SendLetter" camunda:modelerTemplateVersion="1" camunda:delegateExpression="${sendNotificationDelegate}">
              <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="template">welcome</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
            </bpmn:serviceTask>
          </bpmn:process>
        </bpmn:definitions>
        """;

    List<String> problems = problems("Fixture.bpmn", fixture.getBytes(java.nio.charset.StandardCharsets.UTF_8), templatesByBean(), new int[1]);

    assertThat(problems).containsExactlyInAnyOrder(
        "Fixture.bpmn Activity_Unbound: bind it to org.carepath.CloseCase version 1",
        "Fixture.bpmn Activity_Unknown: camunda:asyncBefore must be true as the template fixes it",
        "Fixture.bpmn Activity_Unknown: template 'welcome' is not one the template offers "
            + templatesByBean().get("sendNotificationDelegate").choices().get("template"));
  }

  private static List<String> problems(String name, byte[] bpmn, Map<String, Template> byBean, int[] bound) throws Exception {
    List<String> problems = new ArrayList<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList tasks = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bpmn))
        .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "serviceTask");
    for (int i = 0; i < tasks.getLength(); i++) {
      Element task = (Element) tasks.item(i);
      String bean = task.getAttributeNS(CAMUNDA, "delegateExpression").replaceAll("^\\$\\{|}$", "");
      Template template = byBean.get(bean);
      if (template == null) {
        continue;
      }
      bound[0]++;
      String where = name + " " + task.getAttribute("id");
      if (!template.id().equals(task.getAttributeNS(CAMUNDA, "modelerTemplate"))
          || !String.valueOf(template.version()).equals(task.getAttributeNS(CAMUNDA, "modelerTemplateVersion"))) {
        problems.add(where + ": bind it to " + template.id() + " version " + template.version());
      }
      template.hidden().forEach((attribute, value) -> {
        if (!value.equals(task.getAttributeNS(CAMUNDA, attribute))) {
          problems.add(where + ": camunda:" + attribute + " must be " + value + " as the template fixes it");
        }
      });
      template.choices().forEach((parameter, offered) -> {
        String value = inputParameter(task, parameter);
        if (!offered.contains(value)) {
          problems.add(where + ": " + parameter + " '" + value + "' is not one the template offers " + offered);
        }
      });
    }
    return problems;
  }

  @Test
  void shouldOfferExactlyWhatTheCodeAccepts() throws Exception {
    Map<String, Template> byBean = templatesByBean();

    assertThat(byBean.get("closeCaseDelegate").choices().get("outcome"))
        .isEqualTo(new TreeSet<>(Arrays.stream(CaseOutcome.values()).map(Enum::name).toList()));
    assertThat(byBean.get("sendNotificationDelegate").choices().get("template"))
        .isEqualTo(new TreeSet<>(staticSet("org.carepath.notification.LetterWriter", "TEMPLATES")));
    assertThat(byBean.get("sendAdultLetterDelegate").choices().get("template"))
        .isEqualTo(new TreeSet<>(staticSet("org.carepath.adultletter.AdultLetters", "TEMPLATES")));
  }

  private static Map<String, Template> templatesByBean() throws IOException {
    Map<String, Template> byBean = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        Map<String, String> hidden = new LinkedHashMap<>();
        Map<String, Set<String>> choices = new LinkedHashMap<>();
        String bean = null;
        for (JsonNode property : json.get("properties")) {
          JsonNode binding = property.get("binding");
          if ("Hidden".equals(property.path("type").asText()) && "property".equals(binding.path("type").asText())) {
            String attribute = binding.get("name").asText().replace("camunda:", "");
            hidden.put(attribute, property.get("value").asText());
            if (attribute.equals("delegateExpression")) {
              bean = property.get("value").asText().replaceAll("^\\$\\{|}$", "");
            }
          } else if ("Dropdown".equals(property.path("type").asText())) {
            Set<String> values = new TreeSet<>();
            property.get("choices").forEach(choice -> values.add(choice.get("value").asText()));
            choices.put(binding.get("name").asText(), values);
          }
        }
        assertThat(bean).as(file + " names its bean").isNotNull();
        byBean.put(bean, new Template(json.get("id").asText(), json.get("version").asInt(), hidden, choices));
      }
    }
    return byBean;
  }

  private static String inputParameter(Element task, String name) {
    NodeList parameters = task.getElementsByTagNameNS(CAMUNDA, "inputParameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      if (name.equals(parameter.getAttribute("name"))) {
        return parameter.getTextContent().strip();
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> staticSet(String className, String field) throws Exception {
    Field declared = Class.forName(className).getDeclaredField(field);
    declared.setAccessible(true);
    return (Set<String>) declared.get(null);
  }
}

package org.carepath.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployment check on every model of processes/ (all pass) and on one dangerous element at a time
 * (each refused, naming the element and the rule). The beans are the names a model may use.
 */
class ModelSafetyCheckTest {

  private static final Set<String> BEANS = Set.of("sendNotificationDelegate", "iscanCalendar", "carePlanFormListener");
  private static final Set<String> OBJECT_METHODS = Set.of("getClass", "wait", "notify", "hashCode", "toString");
  private static final java.util.function.BiPredicate<String, String> OWN_METHOD =
      (bean, method) -> BEANS.contains(bean) && !OBJECT_METHODS.contains(method);
  private static final ModelSafetyCheck CHECK = new ModelSafetyCheck(BEANS::contains, OWN_METHOD);
  /** carepath's bean names as the models use them (ModelDeploymentIT checks them against the application). */
  private static final ModelSafetyCheck CARE_PATH = new ModelSafetyCheck(
      name -> name.endsWith("Delegate") || name.endsWith("Listener")
          || Set.of("iscanCalendar", "carePlanSchedule", "carePlanRoles", "iapServices", "specialistAssessments").contains(name),
      (bean, method) -> true);

  static Stream<Path> carepathModels() throws IOException {
    return Files.list(Path.of("processes")).filter(path -> path.toString().matches(".*\\.(bpmn|dmn)"));
  }

  @ParameterizedTest
  @MethodSource("carepathModels")
  void shouldAcceptEveryModelCarepathShips(Path model) throws IOException {
    // given a model of processes/, whose beans the conventions test proves to exist
    // when
    var violations = CARE_PATH.check(model.getFileName().toString(), Files.readAllBytes(model));
    // then
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      variable read                 | ${sectorTeam}
      negation                      | ${!planAgreed}
      comparison                    | ${decision == 'NOT_ELIGIBLE'}
      arithmetic and logic          | ${callAttempts < 3 && overdueActions > 0 or x == null}
      choice                        | ${a ? 'x' : 'y'}
      bean call with plain values   | ${iscanCalendar.workingDaysAhead(5)}
      bean call with a variable     | ${iscanCalendar.meetingDay(sector)}
      bean call with execution      | ${iscanCalendar.chosen(execution)}
      business key                  | #{execution.processBusinessKey}
      decision result               | ${decisionResult.getSingleResult().getEntry('recommendation')}
      text around an expression     | Screen ${childName} now
      current user                  | ${currentUser()}
      """)
  void shouldAllowReadingComparingAndCallingCarepathBeans(String what, String expression) {
    assertThat(new ExpressionCheck(BEANS::contains, OWN_METHOD).problem(expression)).as(what).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      engine services               | ${execution.getProcessEngineServices()}                            | calls getProcessEngineServices() of 'execution'
      engine services as property   | ${execution.processEngineServices.runtimeService}                   | reads 'runtimeService'
      any Spring bean               | ${jdbcTemplate.queryForList('select * from act_id_user')}          | calls queryForList() of 'jdbcTemplate'
      Runtime through a class       | ${''.getClass().forName('java.lang.Runtime')}                       | calls getClass() of a text value
      method of a variable's value  | ${reason.getClass()}                                                | calls getClass() of 'reason'
      property of a variable        | ${referral.child}                                                   | reads 'child' of 'referral'
      index access                  | ${execution['processEngineServices']}                               | index access
      nested call as argument       | ${iscanCalendar.meetingDay(execution.getProcessEngineServices())}   | arguments are variables or plain values
      unknown function              | ${fn:exec('id')}                                                    | the function fn:exec() is not allowed
      bean through a reading method | ${jdbcTemplate.getEntry('x').getClass()}                            | calls getClass() of a computed value
      unreadable                    | ${a +}                                                              | cannot be read
      Object method of a bean       | ${iscanCalendar.getClass()}                                         | calls getClass() of 'iscanCalendar', which carepath's bean does not offer
      a date object                 | ${dateTime()}                                                       | the function dateTime() is not allowed
      """)
  void shouldRefuseEverythingElse(String what, String expression, String rule) {
    assertThat(new ExpressionCheck(BEANS::contains, OWN_METHOD).problem(expression)).as(what).contains(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      script task         | <bpmn:scriptTask id="Activity_Run" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask> | element 'Activity_Run': script tasks are not allowed
      camunda:class       | <bpmn:serviceTask id="Activity_Run" camunda:class="java.lang.Object" />                                     | element 'Activity_Run': Java classes (camunda:class) are not allowed
      form handler class  | <bpmn:startEvent id="Event_Start" camunda:formHandlerClass="java.lang.Object" />                            | element 'Event_Start': Java classes (camunda:formHandlerClass) are not allowed
      listener class      | <bpmn:userTask id="Activity_Run"><bpmn:extensionElements><camunda:taskListener class="x.Y" event="create" /></bpmn:extensionElements></bpmn:userTask> | taskListener in element 'Activity_Run': Java classes (camunda:class)
      script listener     | <bpmn:userTask id="Activity_Run"><bpmn:extensionElements><camunda:executionListener event="start"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:executionListener></bpmn:extensionElements></bpmn:userTask> | script in element 'Activity_Run': scripts are not allowed
      external script     | <bpmn:userTask id="Activity_Run"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x"><camunda:script scriptFormat="js" resource="deployment://x.js" /></camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask> | scripts are not allowed
      connector           | <bpmn:serviceTask id="Activity_Run"><bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements></bpmn:serviceTask> | connector in element 'Activity_Run': connectors are not allowed
      expression          | <bpmn:serviceTask id="Activity_Run" camunda:expression="${execution.getProcessEngineServices()}" />          | element 'Activity_Run': calls getProcessEngineServices()
      unknown delegate    | <bpmn:serviceTask id="Activity_Run" camunda:delegateExpression="${jdbcTemplate}" />                           | element 'Activity_Run': a delegate expression names one carepath bean
      embedded form       | <bpmn:userTask id="Activity_Run" camunda:formKey="embedded:deployment:x.html" />                              | element 'Activity_Run': forms are referenced with camunda:formRef
      input mapping       | <bpmn:userTask id="Activity_Run"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x">${''.getClass()}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask> | inputParameter in element 'Activity_Run': calls getClass()
      timer               | <bpmn:startEvent id="Event_Tick"><bpmn:timerEventDefinition id="Timer_Tick"><bpmn:timeCycle>${jdbcTemplate.update('x')}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent> | timeCycle in element 'Timer_Tick': calls update()
      script condition    | <bpmn:sequenceFlow id="Flow_Yes" sourceRef="a" targetRef="b"><bpmn:conditionExpression language="javascript">true</bpmn:conditionExpression></bpmn:sequenceFlow> | conditionExpression in element 'Flow_Yes': scripts are not allowed
      user task name      | <bpmn:userTask id="Activity_Run" name="${execution.getProcessEngineServices()}" />                             | element 'Activity_Run': calls getProcessEngineServices()
      variable as a bean  | <bpmn:serviceTask id="Activity_Park" camunda:delegateExpression="${sendNotificationDelegate}" camunda:resultVariable="iscanCalendar" /> | element 'Activity_Park': a variable may not take the name 'iscanCalendar'
      mapping as a bean   | <bpmn:userTask id="Activity_Run"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="execution">x</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask> | a variable may not take the name 'execution'
      duplicate ids       | <bpmn:userTask id="Activity_Run" /><bpmn:manualTask id="Activity_Run" />                                     | element 'Activity_Run': ids are unique in a file
      other case's key    | <bpmn:callActivity id="Activity_Call" calledElement="Other"><bpmn:extensionElements><camunda:in businessKey="ISC-S-2026-00001" /></bpmn:extensionElements></bpmn:callActivity> | a called process carries its caller's case
      timer start reads   | <bpmn:startEvent id="Event_Tick"><bpmn:timerEventDefinition id="Timer_Tick"><bpmn:timeDate>X${carePlanRoles.caseManager(x)}X</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent> | timeDate in element 'Timer_Tick': a timer start is read when the model is deployed
      endless cycle       | <bpmn:startEvent id="Event_Tick"><bpmn:timerEventDefinition id="Timer_Tick"><bpmn:timeCycle>R/PT0S</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent> | a timer cycle repeats a set number of times
      instant cycle       | <bpmn:startEvent id="Event_Tick"><bpmn:timerEventDefinition id="Timer_Tick"><bpmn:timeCycle>R5/PT0S</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent> | a timer cycle waits at least a second
      generated form      | <bpmn:userTask id="Activity_Run"><bpmn:extensionElements><camunda:formData><camunda:formField id="sectorTeam" type="string" /></camunda:formData></bpmn:extensionElements></bpmn:userTask> | generated forms are not allowed
      """)
  void shouldRefuseADangerousElementNamingItAndTheRule(String what, String element, String expected) {
    // given
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Test" targetNamespace="t">
          <bpmn:process id="Sample" isExecutable="true">%s</bpmn:process>
        </bpmn:definitions>""".formatted(element);
    // when
    var violations = CHECK.check("Sample.bpmn", bpmn.getBytes(StandardCharsets.UTF_8));
    // then
    assertThat(violations).extracting(Object::toString).as(what).anyMatch(v -> v.startsWith("Sample.bpmn, ") && v.contains(expected));
  }

  @Test
  void shouldRefuseDecisionsInAnotherLanguageAndFeelCallingJava() {
    // given
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_D" name="D" namespace="d">
          <decision id="Decision_D" name="D">
            <decisionTable id="DecisionTable_D">
              <input id="Input_A"><inputExpression id="InputExpression_A" typeRef="string" expressionLanguage="javascript"><text>a</text></inputExpression></input>
              <output id="Output_B" name="b" typeRef="string" />
              <rule id="Rule_One"><inputEntry id="UnaryTests_A"><text>"x"</text></inputEntry>
                <outputEntry id="LiteralExpression_B"><text>function(x) external /* hidden */ { java: { class: "java.lang.Runtime", method signature: "getRuntime()" } }</text></outputEntry></rule>
              <rule id="Rule_Two"><inputEntry id="UnaryTests_C"><text>"external agency"</text></inputEntry>
                <outputEntry id="LiteralExpression_D"><text>"an external { text }"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>""";
    // when
    var violations = CHECK.check("D.dmn", dmn.getBytes(StandardCharsets.UTF_8));
    // then
    assertThat(violations).extracting(Object::toString).containsExactlyInAnyOrder(
        "D.dmn, element 'InputExpression_A': decisions are written in FEEL, not javascript",
        "D.dmn, text in element 'LiteralExpression_B': FEEL external functions (Java calls) are not allowed");
  }

  @Test
  void shouldReadTheKindOfAFileFromItsEndingAndOnlyFeelByItsName() {
    // given a BPMN file whose name holds ".dmn", and a decision in Camunda's FEEL script engine
    String bpmn = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
          <bpmn:process id="P"><bpmn:serviceTask id="Activity_Run" camunda:expression="${''.getClass()}" /></bpmn:process>
        </bpmn:definitions>""";
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_D" expressionLanguage="feel-scala">
          <decision id="Decision_D" />
        </definitions>""";
    // then both are refused; the OMG's FEEL namespace is FEEL
    assertThat(CHECK.check("Y.dmn.bpmn", bpmn.getBytes(StandardCharsets.UTF_8))).extracting(Object::toString)
        .anyMatch(v -> v.contains("calls getClass() of a text value"));
    assertThat(CHECK.check("D.dmn", dmn.getBytes(StandardCharsets.UTF_8))).extracting(Object::toString)
        .containsExactly("D.dmn, element 'Definitions_D': decisions are written in FEEL, not feel-scala");
    assertThat(CHECK.check("D.dmn", dmn.replace("feel-scala", "https://www.omg.org/spec/DMN/20191111/FEEL/")
        .getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void shouldRefuseOtherFilesAndDocumentTypes() {
    // given
    byte[] xxe = """
        <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&x;</bpmn:definitions>"""
        .getBytes(StandardCharsets.UTF_8);
    // when
    List<String> violations = Stream.of(CHECK.check("form.html", "<script>".getBytes()), CHECK.check("run.js", new byte[0]),
            CHECK.check("Sample.bpmn", xxe)).flatMap(List::stream).map(Object::toString).toList();
    // then
    assertThat(violations).hasSize(3);
    assertThat(violations.get(0)).isEqualTo("form.html, the file: only BPMN, DMN, Camunda Forms and PNG images may be deployed");
    assertThat(violations.get(2)).startsWith("Sample.bpmn, the file: cannot be read as XML");
    assertThat(CHECK.check("Plan.form", "{}".getBytes())).isEmpty();
    assertThat(CHECK.check("Plan.form", ("{\"components\":[{\"type\":\"text\",\"id\":\"Text_1\","
        + "\"text\":\"<a href='https://x.example/?n={{childName}}'>more</a>\"}]}").getBytes())).extracting(Object::toString)
        .containsExactly("Plan.form, component 'Text_1': text in a form holds no HTML and no links (a link could carry the"
            + " case's data away), but the link to the case's own page, [words](/cases/{{caseReference}})");
    assertThat(CHECK.check("Plan.form", ("{\"components\":[{\"type\":\"text\",\"id\":\"Text_1\","
        + "\"text\":\"**{{childName}}**\\n\\n[Open the case page](/cases/{{caseReference}})\"}]}").getBytes()))
        .as("the case's own page").isEmpty();
    assertThat(CHECK.check("Plan.form", ("{\"components\":[{\"type\":\"text\",\"id\":\"Text_1\","
        + "\"text\":\"[Open the case page](/cases/{{caseReference}}) [more](https://x.example/?n={{childName}})\"}]}").getBytes()))
        .as("another link beside it").hasSize(1);
    for (String smuggled : new String[] {"[x]{{#if caseReference}}(https://x.example/?n={{childName}}){{/if}}",
        "[Open the case page](/cases/{{caseReference}}) https://x.example/", "see www.x.example"}) {
      assertThat(CHECK.check("Plan.form", ("{\"components\":[{\"type\":\"text\",\"id\":\"Text_1\",\"text\":\""
          + smuggled.replace("\"", "\\\"") + "\"}]}").getBytes())).as(smuggled).hasSize(1);
    }
    assertThat(CHECK.check("Plan.form", "{\"components\":[{\"type\":\"html\",\"id\":\"Html_1\"}]}".getBytes()))
        .extracting(Object::toString)
        .containsExactly("Plan.form, component 'Html_1': form components of type 'html' are not allowed (fields, text and groups are)");
  }
}

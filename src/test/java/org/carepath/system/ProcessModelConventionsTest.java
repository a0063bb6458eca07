package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards every model of {@code processes/} with the house style's model conventions, and proves on
 * fixtures ({@code src/test/resources/conventions/}) that each rule finds what it should.
 */
class ProcessModelConventionsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final Path FIXTURES = Path.of("src/test/resources/conventions");
  private static final Path VALID = FIXTURES.resolve("valid");
  private static final ModelConventions CONVENTIONS = ModelConventions.forBeansIn("org.carepath");

  @TestFactory
  Stream<DynamicTest> shouldFollowTheConventionsInEveryModelOfProcesses() throws IOException {
    return ModelConventions.modelsIn(PROCESSES).stream().map(model -> dynamicTest(
        model.getFileName().toString(), () -> {
          // given a model of processes/ and the forms of forms/
          // when
          List<String> violations = CONVENTIONS.check(model, FORMS);
          // then
          assertThat(violations).as("violations in %s", model).isEmpty();
        }));
  }

  @Test
  void shouldFindNoViolationInTheValidFixtures() throws IOException {
    // given
    List<Path> models = ModelConventions.modelsIn(VALID.resolve("processes"));
    // when
    List<String> violations = models.stream()
        .flatMap(model -> CONVENTIONS.check(model, VALID.resolve("forms")).stream())
        .toList();
    // then
    assertThat(models).map(model -> model.getFileName().toString())
        .containsExactly("SampleEligibility.dmn", "SampleFollowUp.bpmn", "SampleIntake.bpmn");
    assertThat(violations).isEmpty();
  }

  @Test
  void shouldKnowBeansByTheNamesSpringGivesThem() {
    // given the components of carepath, one of which declares @Bean methods
    // when
    var names = ModelConventions.beanNamesIn("org.carepath");
    // then
    assertThat(names).contains("identitySetup", "deploymentConfiguration", "adminSetupClosed")
        .doesNotContain("IdentitySetup", "org.carepath.identity.IdentitySetup");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void shouldReportEveryBreachOfTheRule(String fixture, List<String> expected) {
    // given a fixture that breaks one rule, with its own forms/ or else the valid forms
    Path model = FIXTURES.resolve("invalid").resolve(fixture);
    Path ownForms = model.getParent().resolveSibling("forms");
    Path forms = Files.isDirectory(ownForms) ? ownForms : VALID.resolve("forms");
    // when
    List<String> violations = CONVENTIONS.check(model, forms);
    // then
    assertThat(violations).containsExactlyInAnyOrderElementsOf(expected);
  }

  static Stream<Arguments> invalidFixtures() {
    return Stream.of(
        arguments("diagram-interchange/processes/SampleIntake.bpmn", List.of(
            "Event_SampleWithdrawn has no BPMNShape",
            "Lane_Reviewer has no BPMNShape",
            "Flow_SampleRecorded has no BPMNEdge",
            "Collaboration_SampleIntake has no BPMNPlane")),
        arguments("diagram-interchange/processes/SampleFollowUp.bpmn", List.of(
            "SampleFollowUp has no BPMNPlane")),
        arguments("form-references/processes/SampleIntake.bpmn", List.of(
            "Event_SampleReceived references form SampleIntake, but SampleIntake.form is missing",
            "Activity_ReviewSample must set camunda:formRefBinding=\"deployment\"",
            "Activity_ReviewSample references form ReviewSample, but ReviewSample.form has the id"
                + " ReviewSampleForm")),
        arguments("form-references/processes/SampleFollowUp.bpmn", List.of(
            "Event_FollowUpRequested uses camunda:formKey; use camunda:formRef",
            "Event_FollowUpRequested has no camunda:formRef")),
        arguments("delegates/processes/SampleIntake.bpmn", List.of(
            "Activity_RecordSample (serviceTask): delegate expression ${noSuchBeanDelegate}"
                + " names no known bean",
            "Activity_RecordSample (executionListener): delegate expression"
                + " ${identitySetup.postProcessEngineBuild(null)} is not ${beanName}",
            "Activity_ReviewSample (taskListener): delegate expression ${noSuchListener}"
                + " names no known bean")),
        arguments("implementations/processes/SampleIntake.bpmn", List.of(
            "Activity_RecordSample (serviceTask) uses camunda:class;"
                + " call a bean with camunda:delegateExpression",
            "Activity_RecordSample (executionListener) runs a script;"
                + " call a bean with camunda:delegateExpression",
            "Activity_ReviewSample is a script task; call a bean with camunda:delegateExpression",
            "Gateway_SampleAccepted (executionListener) uses camunda:class;"
                + " call a bean with camunda:delegateExpression")),
        arguments("ids/processes/SampleIntake.bpmn", List.of(
            "process Process_0x1abc: id is not PascalCase",
            "SampleIntake.bpmn must be named Process_0x1abc.bpmn",
            "StartEvent_1: id must be Event_ followed by a PascalCase meaning",
            "Activity_0x1abc: id must be Activity_ followed by a PascalCase meaning",
            "UserTask_1: id must be Activity_ followed by a PascalCase meaning",
            "Gateway_1abc: id must be Gateway_ followed by a PascalCase meaning",
            "Flow_0abc123: id must be Flow_ followed by a PascalCase meaning",
            "Message_0x1abc: id must be Message_ followed by a PascalCase meaning",
            "Error_1abc: id must be Error_ followed by a PascalCase meaning",
            "Signal_0abc: id must be Signal_ followed by a PascalCase meaning",
            "Escalation_1: id must be Escalation_ followed by a PascalCase meaning")),
        arguments("ids/processes/SampleFollowUp.bpmn", List.of(
            "SampleFollowUp.bpmn must hold exactly one executable process, found 0")),
        arguments("names-and-history/processes/SampleIntake.bpmn", List.of(
            "process SampleIntake has no camunda:historyTimeToLive",
            "Activity_RecordSample has no name",
            "Activity_FollowUpSample has no name",
            "Gateway_SampleAccepted has no name",
            "Event_SampleWithdrawn has no name",
            "Flow_SampleAcceptedYes has no name; it answers Gateway_SampleAccepted")),
        arguments("decisions/processes/SampleEligibility.dmn", List.of(
            "SampleEligibility.dmn must be named Decision_0x1abc.dmn",
            "decision Decision_0x1abc: id is not PascalCase",
            "decision Decision_0x1abc has no name",
            "decision Decision_0x1abc has no camunda:historyTimeToLive",
            "decision Decision_0x1abc has no DMNShape")));
  }
}

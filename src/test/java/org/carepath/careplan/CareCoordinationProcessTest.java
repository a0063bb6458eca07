package org.carepath.careplan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CareCoordination, first version: care plan reviews until discharge. */
@Deployment(resources = "processes/CareCoordination.bpmn")
class CareCoordinationProcessTest {

  // Not camunda.cfg.xml: that name would make ProcessEngines.init() build this engine as "default"
  // inside the Spring Boot tests too, shadowing carepath's engine.
  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  private static final String REFERENCE = "ISCAN-S-0007";

  private final JavaDelegate sendNotification = mock(JavaDelegate.class);
  private final JavaDelegate closeCase = mock(JavaDelegate.class);

  private final List<String> letters = new ArrayList<>();
  private final List<String> outcomes = new ArrayList<>();

  ProcessEngine engine; // injected by the extension

  @BeforeEach
  void registerBeans() throws Exception {
    init(engine); // other engines may share this JVM
    // the input parameters live only while the task runs: read them when the mock is called
    doAnswer(call -> letters.add(input(call.getArgument(0), "template"))).when(sendNotification).execute(any());
    doAnswer(call -> outcomes.add(input(call.getArgument(0), "outcome"))).when(closeCase).execute(any());
    Mocks.register("sendNotificationDelegate", sendNotification);
    Mocks.register("closeCaseDelegate", closeCase);
    Mocks.register("caseFileNoteListener", mock(TaskListener.class));
    Mocks.register("iscanCalendar", new FixedCalendar());
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void shouldAskTheCaseManagerToReviewThePlanBySixMonths() {
    // when
    ProcessInstance pi = startCareCoordination();
    // then
    assertThat(pi).isWaitingAt("Activity_CarePlanReview").task().isAssignedTo("carla")
        .hasDueDate(FixedCalendar.REVIEW_DUE);
  }

  @Test
  void shouldReviewAgainWhileCareContinuesThenDischarge() throws Exception {
    // given
    ProcessInstance pi = startCareCoordination();
    complete(task(pi), withVariables("reviewOutcome", "CONTINUE"));
    assertThat(pi).isWaitingAt("Activity_CarePlanReview");
    // when
    complete(task(pi), withVariables("reviewOutcome", "DISCHARGE"));
    execute(job(pi));
    execute(job(pi));
    // then
    assertThat(pi).isEnded().hasPassedInOrder("Activity_CarePlanReview", "Activity_CarePlanReview",
        "Activity_SendDischargeLetter", "Activity_CloseCaseDischarged", "Event_CaseDischarged");
    verify(sendNotification, times(1)).execute(any());
    Assertions.assertThat(letters).containsExactly("discharge");
    verify(closeCase, times(1)).execute(any());
    Assertions.assertThat(outcomes).containsExactly("DISCHARGED");
  }

  private static ProcessInstance startCareCoordination() {
    return runtimeService().startProcessInstanceByKey("CareCoordination", REFERENCE, Variables.createVariables()
        .putValue("caseReference", REFERENCE).putValue("sector", "SOUTH").putValue("sectorTeam", "iscan-south")
        .putValue("allocatedWorker", "carla").putValue("childName", "Robin Lee"));
  }

  private static String input(DelegateExecution execution, String name) {
    return (String) execution.getVariable(name);
  }

  /** A fixed review date. */
  public static class FixedCalendar {
    static final Date REVIEW_DUE = new Date(1_900_000_000_000L);

    public Date reviewDue() {
      return REVIEW_DUE;
    }
  }
}

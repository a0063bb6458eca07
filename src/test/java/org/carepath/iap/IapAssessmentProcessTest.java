package org.carepath.iap;

import static org.mockito.Mockito.mock;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** IapAssessment: one appointment per chosen service, and the 12-week escalation. */
@Deployment(resources = "processes/IapAssessment.bpmn")
class IapAssessmentProcessTest {

  // Not camunda.cfg.xml: that name would make ProcessEngines.init() build this engine as "default"
  // inside the Spring Boot tests too, shadowing carepath's engine.
  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  private static final String REFERENCE = "ISCAN-W-0003";

  ProcessEngine engine; // injected by the extension

  @BeforeEach
  void registerBeans() {
    init(engine); // other engines may share this JVM
    Mocks.register("caseFileNoteListener", mock(TaskListener.class));
    Mocks.register("iscanCalendar", new FixedCalendar());
    Mocks.register("iapServices", new TickedServices());
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void shouldBookOneAppointmentPerChosenServiceOnTheIapDay() {
    // given
    ProcessInstance pi = startIap();
    // when
    complete(task(pi), withVariables("iapSpeechAndLanguage", true, "iapPaediatrics", true, "iapPsychology", false));
    // then
    List<Task> appointments = appointments(pi);
    Assertions.assertThat(appointments).hasSize(2)
        .allSatisfy(appointment -> {
          Assertions.assertThat(appointment.getAssignee()).isEqualTo("carla");
          Assertions.assertThat(appointment.getDueDate()).isEqualTo(FixedCalendar.IAP_DAY);
        })
        .extracting(appointment -> taskService().getVariable(appointment.getId(), "iapService"))
        .containsExactlyInAnyOrder("iapSpeechAndLanguage", "iapPaediatrics");
  }

  @Test
  void shouldCompleteOnceEveryAppointmentIsAttended() {
    // given
    ProcessInstance pi = startIap();
    complete(task(pi), withVariables("iapSpeechAndLanguage", true, "iapPaediatrics", true));
    // when
    appointments(pi).forEach(appointment -> complete(appointment, withVariables("attended", true,
        "reportReceived", true)));
    // then
    assertThat(pi).isEnded().hasPassed("Event_IapComplete").hasNotPassed("Activity_ReviewOverdueIap");
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("attended").list())
        .hasSize(2).allSatisfy(attended -> Assertions.assertThat(attended.getActivityInstanceId()).isNotEqualTo(pi.getId()));
  }

  @Test
  void shouldCompleteAtOnceWhenNoServiceIsChosen() {
    // given
    ProcessInstance pi = startIap();
    // when
    complete(task(pi));
    // then
    assertThat(pi).isEnded().hasPassed("Event_IapComplete");
  }

  @Test
  void shouldAskForAReviewWhenTheIapRunsPastTwelveWeeksWhileAppointmentsGoOn() {
    // given
    ProcessInstance pi = startIap();
    complete(task(pi), withVariables("iapPhysiotherapy", true, "iapEducation", true));
    Job overdue = managementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_IapOverdue").singleResult();
    // when
    execute(overdue);
    // then
    assertThat(pi).isWaitingAt("Activity_IapAppointment", "Activity_ReviewOverdueIap");
    complete(task("Activity_ReviewOverdueIap", pi), withVariables("overdueReviewNotes", "Chased reports"));
    assertThat(pi).hasPassed("Event_OverdueIapReviewed").isNotWaitingAt("Activity_ReviewOverdueIap")
        .isWaitingAt("Activity_IapAppointment");
    appointments(pi).forEach(appointment -> complete(appointment, withVariables("attended", true)));
    assertThat(pi).isEnded().hasPassed("Event_IapComplete");
  }

  private static ProcessInstance startIap() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("IapAssessment", REFERENCE,
        Variables.createVariables().putValue("caseReference", REFERENCE).putValue("sector", "WEST")
            .putValue("sectorTeam", "iscan-west").putValue("allocatedWorker", "carla")
            .putValue("childName", "Jo Evans"));
    assertThat(pi).isWaitingAt("Activity_ChooseIapServices").task().isAssignedTo("carla");
    return pi;
  }

  private static List<Task> appointments(ProcessInstance pi) {
    return taskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Activity_IapAppointment").list();
  }

  /** A fixed IAP day. */
  public static class FixedCalendar {
    static final Date IAP_DAY = new Date(1_900_000_000_000L);

    public Date nextIapDay(String sector) {
      return IAP_DAY;
    }

    public Date workingDaysAhead(int days) {
      return new Date(IAP_DAY.getTime() - days * 86_400_000L);
    }
  }

  /** The ticked services, like the real bean. */
  public static class TickedServices {
    public List<String> chosen(DelegateExecution execution) {
      return List.of("iapSpeechAndLanguage", "iapOccupationalTherapy", "iapPhysiotherapy", "iapPaediatrics",
          "iapPsychology", "iapEducation", "iapSocialCare").stream()
          .filter(flag -> Boolean.TRUE.equals(execution.getVariable(flag))).toList();
    }
  }
}

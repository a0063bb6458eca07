package org.carepath.iap;

import static org.mockito.Mockito.mock;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

/** IapAssessment: per chosen service an appointment booked, filed and attended; and the 12-week escalation. */
@Deployment(resources = "processes/IapAssessment.bpmn")
class IapAssessmentProcessTest {

  // Not camunda.cfg.xml: that name would make ProcessEngines.init() build this engine as "default"
  // inside the Spring Boot tests too, shadowing carepath's engine.
  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  private static final String REFERENCE = "ISCAN-W-0003";
  /** What the stand-in "File IAP appointment" makes of a booked time. */
  private static final Map<Object, Date> BOOKED = Map.of("09:30", new Date(1_900_100_000_000L), "14:00", new Date(1_900_200_000_000L));

  ProcessEngine engine; // injected by the extension

  @BeforeEach
  void registerBeans() {
    init(engine); // other engines may share this JVM
    Mocks.register("caseFileNoteListener", mock(TaskListener.class));
    Mocks.register("iscanCalendar", new FixedCalendar());
    Mocks.register("iapServices", new TickedServices());
    Mocks.register("checkIapAppointmentListener", mock(TaskListener.class));
    Mocks.register("fileIapAppointmentDelegate", (JavaDelegate) execution -> {
      execution.setVariableLocal("appointmentAt", BOOKED.get(execution.getVariable("appointmentTime")));
      execution.setVariableLocal("appointmentWhen", "at " + execution.getVariable("appointmentTime"));
    });
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void shouldAskToBookOneAppointmentPerChosenServiceStartingFromTheIapDay() {
    // given
    ProcessInstance pi = startIap();
    // when
    complete(task(pi), withVariables("iapSpeechAndLanguage", true, "iapPaediatrics", true, "iapPsychology", false));
    // then
    List<Task> bookings = tasks(pi, "Activity_BookIapAppointment");
    Assertions.assertThat(bookings).hasSize(2)
        .allSatisfy(booking -> {
          Assertions.assertThat(booking.getAssignee()).isEqualTo("carla");
          Assertions.assertThat(booking.getDueDate()).isEqualTo(FixedCalendar.BOOK_BY);
          Assertions.assertThat(taskService().getVariable(booking.getId(), "appointmentDate")).isEqualTo("2030-03-14");
          Assertions.assertThat(taskService().getVariable(booking.getId(), "appointmentTime")).isEqualTo("09:30");
        })
        .extracting(booking -> taskService().getVariable(booking.getId(), "iapService"))
        .containsExactlyInAnyOrder("iapSpeechAndLanguage", "iapPaediatrics");
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .as("each service's booking is its own: nothing of it in the whole instance")
        .doesNotContainKeys("iapService", "appointmentDate", "appointmentTime", "appointmentPlace", "appointmentAt");
  }

  @Test
  void shouldFileEachBookingAndMakeItsAppointmentDueAtTheBookedTime() {
    // given
    ProcessInstance pi = startIap();
    complete(task(pi), withVariables("iapSpeechAndLanguage", true, "iapPaediatrics", true));
    // when: one service offers the IAP day at 09:30, the other 14:00
    List<Task> bookings = tasks(pi, "Activity_BookIapAppointment");
    book(bookings.get(0), "09:30");
    book(bookings.get(1), "14:00");
    // then
    assertThat(pi).hasPassed("Activity_FileIapAppointment");
    Assertions.assertThat(tasks(pi, "Activity_IapAppointment")).hasSize(2)
        .extracting(Task::getDueDate).containsExactlyInAnyOrder(BOOKED.get("09:30"), BOOKED.get("14:00"));
    Assertions.assertThat(tasks(pi, "Activity_IapAppointment"))
        .extracting(a -> taskService().getVariable(a.getId(), "appointmentWhen")).containsExactlyInAnyOrder("at 09:30", "at 14:00");
  }

  @Test
  void shouldCompleteOnceEveryAppointmentIsAttended() {
    // given
    ProcessInstance pi = startIap();
    complete(task(pi), withVariables("iapSpeechAndLanguage", true, "iapPaediatrics", true));
    tasks(pi, "Activity_BookIapAppointment").forEach(booking -> book(booking, "09:30"));
    // when
    tasks(pi, "Activity_IapAppointment").forEach(appointment -> complete(appointment, withVariables("attended", true,
        "reportReceived", true)));
    // then
    assertThat(pi).isEnded().hasPassed("Event_IapComplete").hasNotPassed("Activity_ReviewOverdueIap");
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Event_IapServiceAssessed").count()).isEqualTo(2);
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
    assertThat(pi).isWaitingAt("Activity_BookIapAppointment", "Activity_ReviewOverdueIap");
    complete(task("Activity_ReviewOverdueIap", pi), withVariables("overdueReviewNotes", "Chased reports"));
    assertThat(pi).hasPassed("Event_OverdueIapReviewed").isNotWaitingAt("Activity_ReviewOverdueIap")
        .isWaitingAt("Activity_BookIapAppointment");
    tasks(pi, "Activity_BookIapAppointment").forEach(booking -> book(booking, "09:30"));
    tasks(pi, "Activity_IapAppointment").forEach(appointment -> complete(appointment, withVariables("attended", true)));
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

  private static List<Task> tasks(ProcessInstance pi, String activity) {
    return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity).list();
  }

  private static void book(Task booking, String time) {
    complete(booking, withVariables("appointmentDate", "2030-03-14", "appointmentTime", time,
        "appointmentPlace", "Riverside Children's Centre"));
  }

  /** A fixed IAP day. */
  public static class FixedCalendar {
    static final Date IAP_DAY = new Date(1_900_000_000_000L);

    public Date nextIapDay(String sector) {
      return IAP_DAY;
    }

    static final Date BOOK_BY = new Date(IAP_DAY.getTime() - 5 * 86_400_000L);

    public String nextIapDate(String sector) {
      return "2030-03-14";
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

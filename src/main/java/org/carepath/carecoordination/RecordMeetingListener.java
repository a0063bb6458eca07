package org.carepath.carecoordination;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.springframework.stereotype.Component;

/**
 * Completing an interagency meeting ({@code Activity_InteragencyMeeting}, {@code Activity_HandoverMeeting})
 * files the meeting on the case (date, purpose, attendees, decisions; BIAN steps 9 and 14), takes the
 * free text out of the process, and agrees the plan when the case manager saved a changed one: the
 * task-local {@code planAgreed} tells the model whether to circulate it.
 */
@Component("recordMeetingListener")
class RecordMeetingListener implements TaskListener {

  static final List<String> FIELDS = List.of("meetingDate", "meetingPurpose", "meetingAttendees", "meetingDecisions");

  private final CarePlans plans;
  private final CareCaseRepository cases;
  private final CaseRecord record;

  RecordMeetingListener(CarePlans plans, CareCaseRepository cases, CaseRecord record) {
    this.plans = plans;
    this.cases = cases;
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    String author = task.getAssignee() == null ? "carepath" : task.getAssignee();
    String purpose = text(task, "meetingPurpose");
    record.add(cases.getByReference(reference), CaseRecordEntry.Kind.NOTE,
        "Interagency meeting (" + purpose.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ") on "
            + text(task, "meetingDate"),
        "Attendees:\n" + text(task, "meetingAttendees") + "\n\nDecisions:\n" + text(task, "meetingDecisions"), author);
    FIELDS.forEach(task::removeVariable);
    boolean changed = plans.current(reference).map(plan -> "DRAFT".equals(plan.status())).orElse(false);
    if (changed) {
      plans.agree(reference, author);
    }
    task.getExecution().setVariableLocal(CareCoordinationProcess.PLAN_AGREED, changed);
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? "" : value.toString().strip();
  }
}

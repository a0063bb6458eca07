package org.carepath.supportplan;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.carepath.careplan.CarePlanView;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.identity.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * Authorisation of an adult's support plan by an adult manager (design 4a). On create, the plan and
 * its budget are shown. On complete: never by the person's own lead worker; authorised agrees the
 * plan (its first version, on the case file); not authorised needs a note, which goes back to the lead
 * worker with the plan.
 */
@Component
class AuthoriseSupportPlanListener implements TaskListener {

  static final String AUTHORISED = "authorised";
  static final String NOTE = "authorisationNote";

  private final CarePlans plans;
  private final CareCaseRepository cases;
  private final CaseRecord record;
  private final CurrentStaff staff;

  AuthoriseSupportPlanListener(CarePlans plans, CareCaseRepository cases, CaseRecord record, CurrentStaff staff) {
    this.plans = plans;
    this.cases = cases;
    this.record = record;
    this.staff = staff;
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal("supportPlanSummary", plans.current(reference).map(SupportPlanSummary::of).orElse(""));
      return;
    }
    var careCase = cases.getByReference(reference);
    String me = staff.userId();
    var plan = plans.current(reference);
    String planLead = plan.map(CarePlanView::caseManager).orElse(null);
    String writer = plan.map(CarePlanView::savedBy).orElse(null);
    if (me.equals(careCase.getAllocatedWorker()) || me.equals(planLead) || me.equals(writer)) {
      throw new BadUserRequestException("authorised: you are this person's lead worker or wrote this plan;"
          + " another adult manager authorises it");
    }
    if (!plan.map(SupportPlanSummary::of).orElse("").equals(task.getVariableLocal("supportPlanSummary"))) {
      // defence in depth: the plan cannot be saved during authorisation, but an administrator could
      throw new BadUserRequestException("authorised: the support plan changed since this form was made; open the task again");
    }
    Object authorised = task.getVariable(AUTHORISED);
    if (!(authorised instanceof Boolean yes)) {
      throw new BadUserRequestException("authorised: say whether the plan is authorised");
    }
    String note = task.getVariable(NOTE) == null ? "" : task.getVariable(NOTE).toString().strip();
    if (yes) {
      plans.agree(reference, me);
      record.add(careCase, CaseRecordEntry.Kind.DECISION, "Support plan authorised", note.isEmpty() ? null : note, me);
    } else {
      if (note.isEmpty()) {
        throw new BadUserRequestException("authorisationNote: say what the lead worker should change");
      }
      record.add(careCase, CaseRecordEntry.Kind.DECISION, "Support plan returned to the lead worker", note, me);
    }
  }
}

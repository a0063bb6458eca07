package org.carepath.selfassessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.casefile.CareCaseRepository;
import org.springframework.stereotype.Component;

/**
 * {@code Activity_InviteSelfAssessment}: the person (or their carer) gets a single-use link to assess
 * themselves while the lead worker does the overview. Asynchronous with a retry cycle: a mail failure
 * retries with the same link and ends as an incident, never as a lost invitation.
 */
@Component("inviteSelfAssessmentDelegate")
class InviteSelfAssessmentDelegate implements JavaDelegate {

  private final CareCaseRepository cases;
  private final SelfAssessments selfAssessments;

  InviteSelfAssessmentDelegate(CareCaseRepository cases, SelfAssessments selfAssessments) {
    this.cases = cases;
    this.selfAssessments = selfAssessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    selfAssessments.invite(cases.getByReference(execution.getProcessBusinessKey()),
        "self-assessment/" + execution.getProcessInstanceId());
  }
}

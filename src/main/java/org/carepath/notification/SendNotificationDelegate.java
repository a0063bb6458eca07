package org.carepath.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.referral.ReferralPathwayProcess;
import org.carepath.referral.ReferralRepository;
import org.springframework.stereotype.Component;

/**
 * Sends the letter named by the step's input {@code template} (see the element template "Send
 * letter"). Modelled as an asynchronous step with a retry cycle: a mail failure fails the job, not
 * the person's work, and ends as an incident when the retries run out. A letter already sent for
 * this step of this process instance is never sent again.
 */
@Component
class SendNotificationDelegate implements JavaDelegate {

  private final CareCaseRepository cases;
  private final ReferralRepository referrals;
  private final LetterWriter writer;
  private final Notifications notifications;

  SendNotificationDelegate(CareCaseRepository cases, ReferralRepository referrals, LetterWriter writer,
      Notifications notifications) {
    this.cases = cases;
    this.referrals = referrals;
    this.writer = writer;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    String template = (String) execution.getVariable("template");
    var careCase = cases.getByReference(reference);
    var referral = referrals.findByCareCase(careCase).orElseThrow(() -> new IllegalStateException("No referral for " + reference));
    String key = execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + template;
    notifications.sendOnce(careCase, key, writer.write(template, reference, referral), List.of(), "carepath");
  }
}

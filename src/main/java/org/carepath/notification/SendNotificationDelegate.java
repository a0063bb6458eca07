package org.carepath.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CasePeople;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.referral.ReferralRepository;
import org.springframework.stereotype.Component;

/**
 * Sends the letter named by the step's input {@code template} (see the element template "Send
 * letter"). Modelled as an asynchronous step with a retry cycle: a mail failure fails the job, not
 * the person's work, and ends as an incident when the retries run out. A letter already sent for
 * this step of this process instance is never sent again. On an adult's case (care co-ordination's
 * discharge and disengaged letters) the letter is the adult's own, in words for adults, to the person
 * and their carer; a person without an e-mail address gets it on paper: it is put on the case file to
 * post (their carer, with an address, still gets it by e-mail).
 */
@Component
class SendNotificationDelegate implements JavaDelegate {

  private final CareCaseRepository cases;
  private final ReferralRepository referrals;
  private final CasePeople people;
  private final LetterWriter writer;
  private final Notifications notifications;
  private final CaseRecord record;

  SendNotificationDelegate(CareCaseRepository cases, ReferralRepository referrals, CasePeople people,
      LetterWriter writer, Notifications notifications, CaseRecord record) {
    this.cases = cases;
    this.referrals = referrals;
    this.people = people;
    this.writer = writer;
    this.notifications = notifications;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    String template = (String) execution.getVariable("template");
    CareCase careCase = cases.getByReference(reference);
    String key = execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + template;
    if (careCase.isAdult()) {
      var parties = people.of(careCase);
      if (parties.ownAddress() == null) { // the person has no e-mail: their letter goes on the case file to post
        Letter letter = writer.writeForAdult(template, reference, parties, List.of("post"), careCase.getPreferredLanguage());
        record.addOnce(careCase, CaseRecordEntry.Kind.LETTER, "Letter to post: " + letter.subject(), letter.html(),
            "carepath");
      }
      List<String> to = LetterWriter.adultRecipients(parties);
      if (!to.isEmpty()) {
        notifications.sendOnce(careCase, key, writer.writeForAdult(template, reference, parties, to, careCase.getPreferredLanguage()), List.of(), "carepath");
      }
      return;
    }
    var referral = referrals.findByCareCase(careCase).orElseThrow(() -> new IllegalStateException("No referral for " + reference));
    notifications.sendOnce(careCase, key, writer.write(template, reference, referral), List.of(), "carepath");
  }
}

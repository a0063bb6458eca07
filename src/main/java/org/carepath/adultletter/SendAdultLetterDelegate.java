package org.carepath.adultletter;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.adultcontact.AdultContact;
import org.carepath.adultcontact.AdultContactProcess;
import org.carepath.adultcontact.ContactIntake;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.notification.Letter;
import org.carepath.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * Sends the adult's letter named by the step's input {@code template}, once, by e-mail to the person
 * and their carer through the letter machinery: a mail failure fails the job, retried and then an
 * incident. A person with no e-mail address gets the same letter on paper: it is put on the case file
 * and {@code letterToPost} sends the team a task to post it; their carer, if they have an address,
 * still gets it by e-mail.
 */
@Component
class SendAdultLetterDelegate implements JavaDelegate {

  private final CareCaseRepository cases;
  private final ContactIntake contacts;
  private final AdultLetters letters;
  private final Notifications notifications;
  private final CaseRecord record;

  SendAdultLetterDelegate(CareCaseRepository cases, ContactIntake contacts, AdultLetters letters,
      Notifications notifications, CaseRecord record) {
    this.cases = cases;
    this.contacts = contacts;
    this.letters = letters;
    this.notifications = notifications;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = (String) execution.getVariable("template");
    var careCase = cases.getByReference(execution.getProcessBusinessKey());
    AdultContact contact = contacts.contactOf(careCase);
    boolean toPost = contact.getEmail() == null;
    if (toPost) {
      Letter letter = letters.write(template, careCase, execution, List.of("post"));
      record.addOnce(careCase, CaseRecordEntry.Kind.LETTER, "Letter to post: " + letter.subject(), letter.html(),
          "carepath");
    }
    List<String> to = new ArrayList<>();
    if (contact.getEmail() != null) {
      to.add(contact.getEmail());
    }
    if (contact.getCarerEmail() != null) {
      to.add(contact.getCarerEmail());
    }
    if (!to.isEmpty()) {
      String key = execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + template;
      notifications.sendOnce(careCase, key, letters.write(template, careCase, execution, to), List.of(), "carepath");
    }
    execution.setVariable(AdultContactProcess.LETTER_TO_POST, toPost);
  }
}

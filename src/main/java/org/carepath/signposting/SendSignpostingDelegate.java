package org.carepath.signposting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carepath.adultcontact.AdultContact;
import org.carepath.adultcontact.ContactIntake;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.notification.Letter;
import org.carepath.notification.MailTemplates;
import org.carepath.notification.Notifications;
import org.carepath.supportteam.CareAndSupportTeams;
import org.springframework.stereotype.Component;

/**
 * Sends the person (and their carer) the chosen services' names, contacts and access criteria, once,
 * by e-mail through the letter machinery: a mail failure fails the job, retried and then an
 * incident. Someone with no e-mail address gets the same letter on paper: it is put on the case file
 * for the team to print and post, and the case says so.
 */
@Component
class SendSignpostingDelegate implements JavaDelegate {

  static final String TEMPLATE = "signposting";

  private final CareCaseRepository cases;
  private final ContactIntake contacts;
  private final Signpostings signpostings;
  private final CareAndSupportTeams teams;
  private final MailTemplates templates;
  private final Notifications notifications;
  private final CaseRecord record;

  SendSignpostingDelegate(CareCaseRepository cases, ContactIntake contacts, Signpostings signpostings,
      CareAndSupportTeams teams, MailTemplates templates, Notifications notifications, CaseRecord record) {
    this.cases = cases;
    this.contacts = contacts;
    this.signpostings = signpostings;
    this.teams = teams;
    this.templates = templates;
    this.notifications = notifications;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    var careCase = cases.getByReference(reference);
    AdultContact contact = contacts.contactOf(careCase);
    Signposting chosen = signpostings.of(careCase)
        .orElseThrow(() -> new IllegalStateException("No services chosen for " + reference));
    Map<String, Object> model = new HashMap<>();
    model.put("reference", reference);
    model.put("personName", contact.personName());
    model.put("carerName", contact.getCarerEmail() == null ? null : contact.getCarerName());
    model.put("services", signpostings.services(chosen).stream().map(s -> {
      var d = s.details();
      Map<String, Object> service = new HashMap<>();
      service.put("name", d.name());
      service.put("description", d.description());
      service.put("phone", d.phone());
      service.put("email", d.email());
      service.put("web", d.web());
      service.put("accessCriteria", d.accessCriteria());
      return service;
    }).toList());
    model.put("note", chosen.getNote());
    model.put("teamName", teams.byId(careCase.getSupportTeam()).map(t -> "Care and support team " + t.name())
        .orElse("Care and support team"));
    List<String> to = new ArrayList<>();
    if (contact.getEmail() != null) {
      to.add(contact.getEmail());
    }
    if (contact.getCarerEmail() != null) {
      to.add(contact.getCarerEmail());
    }
    String key = execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + TEMPLATE;
    if (to.isEmpty()) {
      // no e-mail address: the same letter, on the case file, to print and post (once: a retry finds it)
      Letter letter = templates.render(TEMPLATE, model, List.of("post"));
      if (!record.has(careCase, "Letter to post: " + letter.subject())) {
        record.add(careCase, CaseRecordEntry.Kind.LETTER, "Letter to post: " + letter.subject(), letter.html(), "carepath");
      }
      return;
    }
    notifications.sendOnce(careCase, key, templates.render(TEMPLATE, model, to), List.of(), "carepath");
  }
}

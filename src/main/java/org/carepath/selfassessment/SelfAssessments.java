package org.carepath.selfassessment;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CaseParties;
import org.carepath.casefile.CasePeople;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.casefile.CaseRecordRepository;
import org.carepath.notification.MailTemplates;
import org.carepath.notification.Notifications;
import org.carepath.personlink.PersonLink;
import org.carepath.personlink.PersonLinks;
import org.carepath.system.EngineAsSystem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The person's self-assessment (seed 003: "captured and made available for re-use"): a single-use
 * link mailed to the person, or to their carer when the person has no address; the answers filed on
 * the case file, where the lead worker's forms show them beside the professionals' assessment.
 */
@Service
public class SelfAssessments {

  /** The case file title of an answered self-assessment starts with this. */
  static final String TITLE = "Self-assessment by ";
  static final String NO_ADDRESS = "Self-assessment: no e-mail address to send the link to";
  /** Characters of the answers a form shows (a String variable holds 4000). */
  static final int FORM_LIMIT = 3900;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SelfAssessments.class);

  private final CasePeople people;
  private final PersonLinks links;
  private final MailTemplates mail;
  private final Notifications notifications;
  private final CaseRecord record;
  private final CaseRecordRepository entries;
  private final TaskService tasks;
  private final EngineAsSystem engine;
  private final Duration validity;

  SelfAssessments(CasePeople people, PersonLinks links, MailTemplates mail, Notifications notifications,
      CaseRecord record, CaseRecordRepository entries, TaskService tasks, EngineAsSystem engine,
      @Value("${carepath.self-assessment.link-valid-for:P28D}") Duration validity) {
    this.tasks = tasks;
    this.engine = engine;
    this.people = people;
    this.links = links;
    this.mail = mail;
    this.notifications = notifications;
    this.record = record;
    this.entries = entries;
    this.validity = validity;
  }

  /**
   * Mails the link once per {@code requestKey} (a retried step sends the same link). Nobody with an
   * address: a note on the case file says the lead worker goes through the questions with the person.
   */
  public void invite(CareCase careCase, String requestKey) {
    CaseParties parties = people.of(careCase);
    if (parties.person().isEmpty()) {
      record.addOnce(careCase, CaseRecordEntry.Kind.NOTE, NO_ADDRESS, "Neither " + parties.personName()
            + " nor a carer gave an e-mail address: go through the self-assessment questions with them at the"
            + " overview assessment.", "carepath");
      return;
    }
    CaseParties.Addressee to = parties.person().get(0);
    PersonLink link = links.issue(careCase, PersonLink.Purpose.SELF_ASSESSMENT, to, validity, requestKey);
    Map<String, Object> model = new HashMap<>();
    model.put("reference", careCase.getReference());
    model.put("recipientName", to.name());
    model.put("personName", parties.personName());
    model.put("forThemselves", to.equals(parties.ownAddress()));
    model.put("link", links.url(link));
    model.put("until", link.getExpiresAt().atZone(ZoneId.of("Europe/London")).toLocalDate());
    model.put("signature", parties.signature());
    notifications.sendOnce(careCase, requestKey, mail.render("self-assessment-invitation", model, List.of(to.email()),
        careCase.getPreferredLanguage()),
        List.of(), "carepath");
  }

  /** Files the answers once, with the use of the link: a second answer, or a late one, is refused. */
  @Transactional
  PersonLinks.State answer(PersonLink link, SelfAssessmentAnswers answers) {
    PersonLinks.State state = links.use(link.getToken(), PersonLink.Purpose.SELF_ASSESSMENT);
    if (state == PersonLinks.State.OPEN) {
      CareCase careCase = link.getCareCase();
      CaseParties parties = people.of(careCase);
      boolean themselves = parties.ownAddress() != null
          && parties.ownAddress().email().equalsIgnoreCase(link.getRecipientEmail());
      String by = themselves ? parties.personName() : link.getRecipientName() + " for " + parties.personName();
      String text = answers.asText(by);
      record.add(careCase, CaseRecordEntry.Kind.REPORT, CaseRecordEntry.abbreviated(TITLE + link.getRecipientName()), text,
          "self-assessment");
      afterCommit(() -> showOnOpenForms(careCase.getReference(), forForm(text)));
    }
    return state;
  }

  /**
   * A lead worker's form opened before the answers came (the overview) shows them from now on. Best
   * effort, after the answers are committed: a worker completing that task at the same moment must not
   * cost the person their answers, which are on the case file either way.
   */
  private void showOnOpenForms(String reference, String text) {
    try {
      engine.call(() -> {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(reference).list()) {
          if (tasks.getVariableLocal(task.getId(), ShowSelfAssessmentListener.VARIABLE) != null) {
            tasks.setVariableLocal(task.getId(), ShowSelfAssessmentListener.VARIABLE, text);
          }
        }
        return null;
      });
    } catch (RuntimeException e) {
      LOG.warn("Self-assessment of {} filed; its open form keeps the earlier text: {}", reference, e.getMessage());
    }
  }

  private static void afterCommit(Runnable work) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      work.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        work.run();
      }
    });
  }

  /**
   * The answers as a form shows them: a process variable holds at most 4000 characters, and the
   * person's own words may run longer; the whole text is on the case file.
   */
  static String forForm(String text) {
    if (text.length() <= FORM_LIMIT) {
      return text;
    }
    return text.substring(0, FORM_LIMIT) + "\n[... the rest is on the case file]";
  }

  /** The latest answers as filed, as the lead worker's forms show them. */
  @Transactional(readOnly = true)
  public Optional<String> latest(CareCase careCase) {
    return entries.findFirstByCareCaseAndKindAndTitleStartingWithOrderByCreatedAtDescIdDesc(careCase,
        CaseRecordEntry.Kind.REPORT, TITLE).map(entry -> forForm(entry.getBody()));
  }
}

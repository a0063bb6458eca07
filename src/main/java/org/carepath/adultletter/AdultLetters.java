package org.carepath.adultletter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.carepath.adultcontact.AdultContact;
import org.carepath.adultcontact.ContactIntake;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CaseParties;
import org.carepath.directory.AgeGroup;
import org.carepath.directory.LocalService;
import org.carepath.directory.LocalServices;
import org.carepath.notification.Letter;
import org.carepath.notification.MailTemplates;
import org.carepath.signposting.Signposting;
import org.carepath.signposting.Signpostings;
import org.carepath.supportteam.CareAndSupportTeams;
import org.springframework.stereotype.Component;

/**
 * Writes the letters to an adult (and their carer), in plain words, from their care and support team:
 * {@code signposting} (the services chosen for them) and {@code adult-not-eligible} (the reason, from
 * the decision {@code AdultEligibility}, and local services that may still help).
 */
@Component
class AdultLetters {

  static final String SIGNPOSTING = "signposting";
  static final String NOT_ELIGIBLE = "adult-not-eligible";
  static final Set<String> TEMPLATES = Set.of(SIGNPOSTING, NOT_ELIGIBLE);
  /** Local services a not-eligible letter names. */
  static final int SERVICES_IN_NOT_ELIGIBLE_LETTER = 4;

  private final ContactIntake contacts;
  private final Signpostings signpostings;
  private final LocalServices directory;
  private final CareAndSupportTeams teams;
  private final MailTemplates templates;
  private final EligibilityReasons reasons;

  AdultLetters(ContactIntake contacts, Signpostings signpostings, LocalServices directory, CareAndSupportTeams teams,
      MailTemplates templates, EligibilityReasons reasons) {
    this.reasons = reasons;
    this.contacts = contacts;
    this.signpostings = signpostings;
    this.directory = directory;
    this.teams = teams;
    this.templates = templates;
  }

  /** The letter of {@code template} for the case; {@code process} gives the decision's reason. */
  Letter write(String template, CareCase careCase, DelegateExecution process, List<String> recipients) {
    if (!TEMPLATES.contains(template)) {
      throw new IllegalArgumentException("Unknown adult letter '" + template + "'");
    }
    AdultContact contact = contacts.contactOf(careCase);
    Map<String, Object> model = new HashMap<>();
    model.put("reference", careCase.getReference());
    model.put("personName", contact.personName());
    model.put("carerName", contact.getCarerEmail() == null ? null : contact.getCarerName());
    model.put("signature", CaseParties.Signature.careAndSupport(
        teams.byId(careCase.getSupportTeam()).map(t -> t.name()).orElse(null)));
    List<LocalService> services;
    if (SIGNPOSTING.equals(template)) {
      Signposting chosen = signpostings.of(careCase)
          .orElseThrow(() -> new IllegalStateException("No services chosen for " + careCase.getReference()));
      services = signpostings.services(chosen);
      model.put("note", chosen.getNote());
    } else {
      services = directory.forPerson(contact.getPostcode(), AgeGroup.ADULTS).stream()
          .limit(SERVICES_IN_NOT_ELIGIBLE_LETTER).toList();
      model.put("reason", process.getVariable("eligibilityRule"));
      model.put("reasonRule", reasons.ruleOf(process));
    }
    model.put("services", services.stream().map(AdultLetters::service).toList());
    return templates.render(template, model, recipients, careCase.getPreferredLanguage());
  }

  private static Map<String, Object> service(LocalService service) {
    var d = service.details();
    Map<String, Object> fields = new HashMap<>();
    fields.put("name", d.name());
    fields.put("description", d.description());
    fields.put("phone", d.phone());
    fields.put("email", d.email());
    fields.put("web", d.web());
    fields.put("accessCriteria", d.accessCriteria());
    return fields;
  }

  /** The letter as plain text, to print from Tasklist: the subject, then the paragraphs without markup. */
  static String plainText(Letter letter) {
    return letter.subject() + "\n\n" + Letter.plainText(letter.html());
  }
}

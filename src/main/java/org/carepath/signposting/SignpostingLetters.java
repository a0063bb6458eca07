package org.carepath.signposting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepath.adultcontact.AdultContact;
import org.carepath.adultcontact.ContactIntake;
import org.carepath.casefile.CareCase;
import org.carepath.notification.Letter;
import org.carepath.notification.MailTemplates;
import org.carepath.supportteam.CareAndSupportTeams;
import org.springframework.stereotype.Component;

/**
 * Writes the signposting letter (template {@code signposting}): each chosen service's name, what it
 * does, its contact and who it is for, in plain words, from the person's care and support team.
 */
@Component
class SignpostingLetters {

  static final String TEMPLATE = "signposting";

  private final ContactIntake contacts;
  private final Signpostings signpostings;
  private final CareAndSupportTeams teams;
  private final MailTemplates templates;

  SignpostingLetters(ContactIntake contacts, Signpostings signpostings, CareAndSupportTeams teams, MailTemplates templates) {
    this.contacts = contacts;
    this.signpostings = signpostings;
    this.teams = teams;
    this.templates = templates;
  }

  Letter write(CareCase careCase, List<String> recipients) {
    AdultContact contact = contacts.contactOf(careCase);
    Signposting chosen = signpostings.of(careCase)
        .orElseThrow(() -> new IllegalStateException("No services chosen for " + careCase.getReference()));
    Map<String, Object> model = new HashMap<>();
    model.put("reference", careCase.getReference());
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
    return templates.render(TEMPLATE, model, recipients);
  }

  /** The letter as plain text, to print from Tasklist: paragraphs kept, markup dropped. */
  static String plainText(Letter letter) {
    String body = letter.html().replaceAll("(?s)<head>.*?</head>", "")
        .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n").replaceAll("<[^>]+>", "");
    body = body.replace("&nbsp;", " ").replace("&middot;", "·").replace("&#39;", "'").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return letter.subject() + "\n\n"
        + body.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
  }
}

package org.carepath.myrecord;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carepath.adultcontact.ContactIntake;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CaseParties;
import org.carepath.casefile.CasePeople;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.notification.MailTemplates;
import org.carepath.notification.Notifications;
import org.carepath.personlink.PersonLink;
import org.carepath.personlink.PersonLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Sends an adult a single-use, expiring link to read their own record. The record is theirs: the link
 * goes to the person's own address only, never to a carer or an agency. Without an address a note on
 * the case file says so; staff print the record for them ({@code GET /api/cases/{reference}/person-record}).
 */
@Service
class RecordLinks {

  static final String NO_ADDRESS = "Record link: no e-mail address for the person";
  static final String HELD = "Record link held back for the lead worker: safeguarding";

  private final CasePeople people;
  private final PersonLinks links;
  private final MailTemplates mail;
  private final Notifications notifications;
  private final CaseRecord record;
  private final ContactIntake contacts;
  private final Duration validity;

  RecordLinks(ContactIntake contacts, CasePeople people, PersonLinks links, MailTemplates mail, Notifications notifications, CaseRecord record,
      @Value("${carepath.person-record.link-valid-for:P14D}") Duration validity) {
    this.people = people;
    this.links = links;
    this.mail = mail;
    this.notifications = notifications;
    this.record = record;
    this.contacts = contacts;
    this.validity = validity;
  }

  /**
   * The person's own address the link went to, or empty when they have none (noted on the case file).
   * Sent by the process ({@code automatic}), it is held back from a case that holds a safeguarding
   * concern: the lead worker reads the record first and sends it when it is safe.
   */
  Optional<String> send(CareCase careCase, String requestKey, boolean automatic) {
    CaseParties parties = people.of(careCase);
    if (automatic && contacts.contactOf(careCase).getSafeguardingConcern() != null) {
      record.addOnce(careCase, CaseRecordEntry.Kind.NOTE, HELD, "The contact raised a safeguarding concern. Read the"
            + " person's record as they would (GET /api/cases/" + careCase.getReference() + "/person-record) and send"
            + " them a link when it is safe (POST /api/cases/" + careCase.getReference() + "/record-link).", "carepath");
      return Optional.empty();
    }
    Optional<CaseParties.Addressee> person = Optional.ofNullable(parties.ownAddress());
    if (person.isEmpty()) {
      record.addOnce(careCase, CaseRecordEntry.Kind.NOTE, NO_ADDRESS, parties.personName()
            + " gave no e-mail address: print their record for them from the case.", "carepath");
      return Optional.empty();
    }
    PersonLink link = links.issue(careCase, PersonLink.Purpose.RECORD, person.get(), validity, requestKey);
    Map<String, Object> model = new HashMap<>();
    model.put("reference", careCase.getReference());
    model.put("personName", parties.personName());
    model.put("link", links.url(link));
    model.put("until", link.getExpiresAt().atZone(ZoneId.of("Europe/London")).toLocalDate());
    model.put("signature", parties.signature());
    notifications.sendOnce(careCase, requestKey, mail.render("record-link", model, List.of(person.get().email()),
        careCase.getPreferredLanguage()),
        List.of(), "carepath");
    return Optional.of(person.get().email());
  }
}

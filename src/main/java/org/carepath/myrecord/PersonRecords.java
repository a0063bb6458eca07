package org.carepath.myrecord;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepath.adultcontact.AdultEligibilityRepository;
import org.carepath.adultcontact.ContactIntake;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CasePeople;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.casefile.CaseRecordRepository;
import org.carepath.identity.TeamGroups;
import org.carepath.personlink.PersonLink;
import org.carepath.personlink.PersonLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An adult's whole record as they read it (seed 003: "patient/customer has access to entire detailed
 * record"): what they told us, their lead worker and team, the eligibility decision and its reason,
 * the agreed support plan with its budget, and their case file (assessments, decisions, notes; letters
 * by their subject). Held back: what is about or for someone else, or the staff's own reflection (a
 * safeguarding enquiry, which may concern the people around the person; the carer's own assessment;
 * a team learning review; a Gaps and Blocks report). Plain values for one Thymeleaf page, printed as
 * it is shown.
 */
@Service
class PersonRecords {

  private final ContactIntake contacts;
  private final CasePeople people;
  private final AdultEligibilityRepository eligibility;
  private final CarePlans plans;
  private final CaseRecordRepository entries;
  private final TeamGroups teams;
  private final PersonLinks links;

  PersonRecords(ContactIntake contacts, CasePeople people, AdultEligibilityRepository eligibility, CarePlans plans,
      CaseRecordRepository entries, TeamGroups teams, PersonLinks links) {
    this.links = links;
    this.contacts = contacts;
    this.people = people;
    this.eligibility = eligibility;
    this.plans = plans;
    this.entries = entries;
    this.teams = teams;
  }

  /** Case-file entries the person's page holds back, by the start of their title. */
  static final List<String> HELD_BACK = List.of("Safeguarding", "Case handed to adult-safeguarding", "Carer's assessment",
      org.carepath.casefile.CaseRecordEntry.LEARNING_REVIEW, "Gap or block", "Gaps and Blocks");

  /** A case-file entry as the page shows it: a letter by its subject only (its body is the letter sent). */
  public record Entry(String day, String title, String body) {}

  /** What opening the record gave: the page's values when the link opened. */
  record Opened(PersonLinks.State state, Map<String, Object> model) {}

  /**
   * Opens the record with the link if the date of birth is the person's: the use of the link and the
   * reading commit together, so a failure to read leaves the link unused.
   */
  @Transactional
  Opened open(String token, LocalDate dateOfBirth) {
    PersonLinks.State state = links.use(token, PersonLink.Purpose.RECORD,
        link -> dateOfBirth.equals(contacts.contactOf(link.getCareCase()).getDateOfBirth()));
    if (state != PersonLinks.State.OPEN) {
      return new Opened(state, Map.of());
    }
    return new Opened(state, of(links.find(token, PersonLink.Purpose.RECORD).orElseThrow().getCareCase()));
  }

  @Transactional(readOnly = true)
  Map<String, Object> of(CareCase careCase) {
    var contact = contacts.contactOf(careCase);
    var parties = people.of(careCase);
    Map<String, Object> model = new HashMap<>();
    model.put("reference", careCase.getReference());
    model.put("contact", contact);
    model.put("team", parties.signOff());
    model.put("leadWorker", careCase.getAllocatedWorker() == null ? null : teams.nameOf(careCase.getAllocatedWorker()));
    model.put("status", careCase.getStatus().name());
    model.put("eligibility", eligibility.findByCareCase(careCase).orElse(null));
    var plan = plans.latestAgreed(careCase.getReference()).flatMap(p -> plans.version(careCase.getReference(), p.version()));
    model.put("plan", plan.orElse(null));
    model.put("planLead", plan.map(p -> teams.nameOf(p.caseManager())).orElse(null));
    ZoneId london = ZoneId.of("Europe/London");
    List<Entry> file = entries.findByCareCaseOrderByCreatedAtAscIdAsc(careCase).stream()
        .filter(e -> HELD_BACK.stream().noneMatch(e.getTitle()::startsWith))
        .map(e -> new Entry(e.getCreatedAt().atZone(london).toLocalDate().toString(), e.getTitle(),
            e.getKind() == CaseRecordEntry.Kind.LETTER ? null : e.getBody()))
        .toList();
    model.put("entries", file);
    return model;
  }

}

package org.carepath.adultcontact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseHandoffs;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.casefile.CaseReferences;
import org.carepath.identity.StaffGroups;
import org.carepath.supportteam.CareAndSupportTeam;
import org.carepath.supportteam.CareAndSupportTeams;
import org.carepath.system.EngineAsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an adult's contact in: the case (held by the team of the person's GP practice, or by the
 * contact centre when no team owns it), the contact, its first case file entry and the start of
 * {@code AdultContact} commit together or not at all. A repeated {@code externalReference} returns
 * the case already made.
 */
@Service
public class ContactIntake {

  private final CareCaseRepository cases;
  private final AdultContactRepository contacts;
  private final CaseReferences references;
  private final CareAndSupportTeams teams;
  private final CaseHandoffs handoffs;
  private final CaseRecord record;
  private final RuntimeService runtime;
  private final EngineAsSystem engine;
  private final Clock clock;

  ContactIntake(CareCaseRepository cases, AdultContactRepository contacts, CaseReferences references,
      CareAndSupportTeams teams, CaseHandoffs handoffs, CaseRecord record, RuntimeService runtime,
      EngineAsSystem engine, Clock clock) {
    this.cases = cases;
    this.contacts = contacts;
    this.references = references;
    this.teams = teams;
    this.handoffs = handoffs;
    this.record = record;
    this.runtime = runtime;
    this.engine = engine;
    this.clock = clock;
  }

  /** A contact already taken in; {@code adult} false when the reference belongs to a child's case. */
  public record Outcome(String reference, boolean created, boolean adult, String team, String status) {}

  @Transactional(readOnly = true)
  public Optional<Outcome> existing(String externalReference) {
    if (externalReference == null) {
      return Optional.empty();
    }
    return cases.findByExternalReference(externalReference)
        .map(c -> new Outcome(c.getReference(), false, c.isAdult(), c.isAdult() ? c.getSupportTeam() : null,
            c.getStatus().name()));
  }

  /**
   * Whether a repeated {@code externalReference} is the same contact sent again: the same person and
   * practice, from whoever recorded it or a member of the team holding it. Anything else is another
   * contact under a reference already taken, and must not be answered with that case.
   */
  @Transactional(readOnly = true)
  public boolean isRepeat(String externalReference, ContactRequest request, String userId, java.util.List<String> groups) {
    return cases.findByExternalReference(externalReference).filter(CareCase::isAdult).flatMap(contacts::findByCareCase)
        .filter(c -> c.getGivenName().equalsIgnoreCase(request.person().givenName().strip())
            && c.getFamilyName().equalsIgnoreCase(request.person().familyName().strip())
            && c.getDateOfBirth().equals(request.person().dateOfBirth())
            && c.getGpPracticeCode().equals(request.practiceCode()))
        .filter(c -> c.getRecordedBy().equals(userId) || groups.contains(c.getCareCase().team()))
        .isPresent();
  }

  /** The team of a GP practice's people, if a team owns the practice. */
  public Optional<CareAndSupportTeam> teamOf(String practiceCode) {
    return teams.ofPractice(practiceCode);
  }

  /** Creates the case and starts {@code AdultContact}; the caller handles a concurrent duplicate. */
  @Transactional
  public Outcome submit(ContactRequest request, String recordedBy) {
    Optional<Outcome> known = existing(request.externalReference());
    if (known.isPresent()) {
      return known.get();
    }
    AdultContact contact = register(request, recordedBy);
    CareCase careCase = contact.getCareCase();
    engine.call(() -> runtime.createProcessInstanceByKey(AdultContactProcess.KEY)
        .businessKey(careCase.getReference())
        .setVariables(AdultContactProcess.startVariables(careCase, contact, LocalDate.now(clock)))
        .execute());
    return new Outcome(careCase.getReference(), true, true, careCase.getSupportTeam(), "OPEN");
  }

  /** Stores the case, the contact, its first holder and its first case file entry (the process is started by the caller). */
  @Transactional
  public AdultContact register(ContactRequest request, String recordedBy) {
    Optional<CareAndSupportTeam> team = teamOf(request.practiceCode());
    String holder = team.map(CareAndSupportTeam::group).orElse(StaffGroups.ADULT_CONTACT_CENTRE);
    CareCase opened = CareCase.adult(references.nextAdult(), request.externalReference(), holder,
        team.map(CareAndSupportTeam::id).orElse(null), clock.instant());
    opened.prefer(request.preferredLanguage());
    CareCase careCase = cases.saveAndFlush(opened);
    AdultContact contact = contacts.save(new AdultContact(careCase, request, recordedBy, clock.instant()));
    handoffs.firstHolder(careCase, holder, recordedBy);
    record.add(careCase, CaseRecordEntry.Kind.CONTACT,
        "Contact by " + contact.getChannel().label() + (contact.getReferrerName() == null ? ""
            : " from " + contact.getReferrerName() + ", " + contact.getReferrerOrganisation()),
        contact.getReason(), recordedBy);
    return contact;
  }

  @Transactional(readOnly = true)
  public AdultContact contactOf(CareCase careCase) {
    return contacts.findByCareCase(careCase)
        .orElseThrow(() -> new IllegalStateException("No contact for " + careCase.getReference()));
  }
}

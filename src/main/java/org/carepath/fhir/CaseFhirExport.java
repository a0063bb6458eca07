package org.carepath.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import org.camunda.bpm.engine.TaskService;
import org.carepath.adultcontact.AdultContact;
import org.carepath.adultcontact.AdultContactRepository;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCase;
import org.carepath.consent.Consents;
import org.carepath.identity.TeamGroups;
import org.carepath.referral.Referral;
import org.carepath.referral.ReferralRepository;
import org.carepath.system.EngineAsSystem;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as a FHIR R4 Bundle (design 4d): Patient (NHS number when known), RelatedPerson, ServiceRequest
 * (the referral or contact), EpisodeOfCare, and once a plan is agreed its CarePlan (needs as Conditions it
 * addresses, actions as activities), CareTeam and the Consents; Tasks for open work. For an agency
 * ({@code agency}), only what its consent allows today: with it, the person, the episode and the agreed plan
 * with its team (as the plan circulated to it shows them), and its own consent record; without it, only who
 * the case is about (identifier, name, date of birth) and that consent record. Never the family's contact
 * details, the referral or open work.
 */
@Service
class CaseFhirExport {

  private final org.springframework.beans.factory.ObjectProvider<FhirContext> fhir;
  private final ReferralRepository referrals;
  private final AdultContactRepository contacts;
  private final CarePlans plans;
  private final Consents consents;
  private final TeamGroups teams;
  private final TaskService tasks;
  private final EngineAsSystem system;
  private final Clock clock;
  private final String caseSystem;

  CaseFhirExport(org.springframework.beans.factory.ObjectProvider<FhirContext> fhir, ReferralRepository referrals, AdultContactRepository contacts, CarePlans plans,
      Consents consents, TeamGroups teams, TaskService tasks, EngineAsSystem system, Clock clock,
      @Value("${carepath.public-url}") String publicUrl) {
    this.fhir = fhir;
    this.referrals = referrals;
    this.contacts = contacts;
    this.plans = plans;
    this.consents = consents;
    this.teams = teams;
    this.tasks = tasks;
    this.system = system;
    this.clock = clock;
    this.caseSystem = publicUrl.replaceAll("/+$", "") + "/fhir/Id/case-reference";
  }

  /** The Bundle as FHIR JSON; {@code agency} null for the case's own team (everything). */
  @Transactional(readOnly = true)
  String bundleOf(CareCase careCase, String agency) {
    CaseBundle bundle = new CaseBundle(caseSystem, careCase.getReference(), clock.instant());
    Referral referral = careCase.isAdult() ? null : referrals.findByCareCase(careCase).orElse(null);
    AdultContact contact = careCase.isAdult() ? contacts.findByCareCase(careCase).orElse(null) : null;
    boolean personAllows = contact == null || contact.isConsentToShare();
    boolean all = agency == null;
    boolean shared = all || (personAllows && consents.allows(careCase, agency));

    Reference patient = referral != null ? bundle.patientOfChild(referral, all) : bundle.patientOfAdult(contact, all);
    Reference request = null;
    if (all) { // the family's contact details and the referral: the team's own record, never an agency's
      if (referral != null) {
        bundle.relatedPerson(patient, referral.getParentName(), "Parent or carer", referral.getParentPhone(),
            referral.getParentEmail());
        request = bundle.serviceRequest(patient, careCase, referral.getReceivedAt(), String.join(", ",
            referral.getReferrerName(), referral.getReferrerRole(), referral.getReferrerOrganisation()), referral.getReason(),
            "Referral to ISCAN care co-ordination");
      } else {
        bundle.relatedPerson(patient, contact.getCarerName(), contact.getCarerRelationship() == null ? "Carer"
            : contact.getCarerRelationship(), contact.getCarerPhone(), contact.getCarerEmail());
        request = bundle.serviceRequest(patient, careCase, contact.getReceivedAt(), contact.getReferrerName() == null ? null
            : contact.getReferrerName() + (contact.getReferrerOrganisation() == null ? "" : ", " + contact.getReferrerOrganisation()),
            contact.getReason(), "Contact with adult care and support (" + contact.getChannel() + ")");
      }
    }
    Reference episode = !shared ? null : bundle.episode(patient, careCase, request, careCase.team(),
        careCase.getAllocatedWorker() == null ? null : teams.nameOf(careCase.getAllocatedWorker()));
    if (shared) {
      plans.latestAgreed(careCase.getReference())
          .ifPresent(plan -> bundle.carePlan(patient, careCase, plan, teams.nameOf(plan.caseManager())));
    }
    consents.overview(careCase).current().stream()
        .filter(c -> all || Consents.keyOf(c.agency()).equals(Consents.keyOf(agency)))
        .forEach(c -> bundle.consent(patient, c));
    if (all) {
      system.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(careCase.getReference()).orderByTaskCreateTime().asc()
          .list()).forEach(t -> bundle.task(patient, episode, t.getName(), t.getAssignee() == null ? null
              : teams.nameOf(t.getAssignee()), t.getCreateTime(), t.getDueDate()));
    }
    return fhir.getObject().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle.bundle());
  }
}

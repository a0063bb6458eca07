package org.carepath.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.carepath.casefile.Language;
import org.carepath.adultcontact.AdultContact;
import org.carepath.careplan.AgreedPlan;
import org.carepath.casefile.CareCase;
import org.carepath.consent.Consents;
import org.carepath.referral.Referral;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * One case as a FHIR R4 {@code Bundle} (type {@code collection}), built resource by resource; every
 * reference inside is to an entry's {@code urn:uuid}. The caller decides what goes in (consent).
 */
final class CaseBundle {

  static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
  static final String LONDON = "Europe/London";

  private final Bundle bundle = new Bundle();
  private final String caseSystem;

  CaseBundle(String caseSystem, String reference, Instant now) {
    this.caseSystem = caseSystem;
    bundle.setType(Bundle.BundleType.COLLECTION);
    bundle.setTimestamp(Date.from(now));
    bundle.setIdentifier(new Identifier().setSystem(caseSystem).setValue(reference + "/" + now.toEpochMilli()));
  }

  Bundle bundle() {
    return bundle;
  }

  /** Adds a resource under a new {@code urn:uuid} and gives the reference to it. */
  Reference add(Resource resource) {
    String id = UUID.randomUUID().toString();
    resource.setId(id);
    bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(resource);
    return new Reference("urn:uuid:" + id);
  }

  /** The child; {@code whole} false: who it is only (identifier, name, date of birth), no postcode. */
  Reference patientOfChild(Referral referral, boolean whole) {
    Patient patient = new Patient();
    nhsNumber(patient, referral.getChildNhsNumber());
    patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(referral.getChildFamilyName())
        .addGiven(referral.getChildGivenName());
    patient.setBirthDateElement(new DateType(referral.getChildDateOfBirth().toString()));
    if (whole) {
      patient.addAddress().setPostalCode(referral.getChildPostcode());
      communication(patient, referral.getCareCase().getPreferredLanguage());
    }
    return add(patient);
  }

  /** The adult; {@code whole} false: who it is only, no postcode, phone or e-mail. */
  Reference patientOfAdult(AdultContact contact, boolean whole) {
    Patient patient = new Patient();
    nhsNumber(patient, contact.getNhsNumber());
    patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(contact.getFamilyName()).addGiven(contact.getGivenName());
    patient.setBirthDateElement(new DateType(contact.getDateOfBirth().toString()));
    if (whole && contact.getPostcode() != null) {
      patient.addAddress().setPostalCode(contact.getPostcode());
    }
    if (whole) {
      telecom(patient.getTelecom(), contact.getPhone(), contact.getEmail());
      communication(patient, contact.getCareCase().getPreferredLanguage());
    }
    return add(patient);
  }

  /** The parent or carer (children), or the adult's carer. */
  void relatedPerson(Reference patient, String name, String relationship, String phone, String email) {
    if (name == null || name.isBlank()) {
      return;
    }
    RelatedPerson person = new RelatedPerson(patient);
    person.addName().setText(name);
    person.addRelationship().setText(relationship);
    telecom(person.getTelecom(), phone, email);
    add(person);
  }

  Reference serviceRequest(Reference patient, CareCase careCase, Instant received, String requester, String reason,
      String category) {
    ServiceRequest request = new ServiceRequest();
    request.addIdentifier(caseIdentifier(careCase));
    request.setStatus(careCase.getStatus() == CareCase.Status.OPEN ? ServiceRequest.ServiceRequestStatus.ACTIVE
        : ServiceRequest.ServiceRequestStatus.COMPLETED);
    request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    request.addCategory().setText(category);
    request.setSubject(patient);
    request.setAuthoredOnElement(new DateTimeType(Date.from(received)));
    if (requester != null) {
      request.setRequester(new Reference().setDisplay(requester));
    }
    if (reason != null) {
      request.addReasonCode().setText(reason);
    }
    return add(request);
  }

  Reference episode(Reference patient, CareCase careCase, Reference referral, String team, String worker) {
    EpisodeOfCare episode = new EpisodeOfCare();
    episode.addIdentifier(caseIdentifier(careCase));
    episode.setStatus(careCase.getStatus() == CareCase.Status.OPEN ? EpisodeOfCare.EpisodeOfCareStatus.ACTIVE
        : EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
    episode.addType().setText(careCase.isAdult() ? "Adult care and support" : "Children's care co-ordination (ISCAN)");
    episode.setPatient(patient);
    episode.setManagingOrganization(new Reference().setDisplay(team));
    Period period = new Period().setStart(Date.from(careCase.getCreatedAt()));
    if (careCase.getClosedAt() != null) {
      period.setEnd(Date.from(careCase.getClosedAt()));
    }
    episode.setPeriod(period);
    if (referral != null) {
      episode.addReferralRequest(referral);
    }
    if (worker != null) {
      episode.setCareManager(new Reference().setDisplay(worker));
    }
    return add(episode);
  }

  /** The plan's needs (as Conditions it addresses), its actions as activities, and its team. */
  void carePlan(Reference patient, CareCase careCase, AgreedPlan plan, String caseManagerName) {
    CareTeam team = new CareTeam();
    team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
    team.setName("Team around " + careCase.getReference());
    team.setSubject(patient);
    team.addParticipant().addRole(new CodeableConcept().setText("Lead agency")).setMember(display(plan.leadAgency()));
    team.addParticipant().addRole(new CodeableConcept().setText("Case manager"))
        .setMember(display(caseManagerName == null ? plan.caseManager() : caseManagerName));
    plan.actions().stream().map(a -> a.keyworker().name() + " (" + a.agency() + ")").distinct()
        .forEach(keyworker -> team.addParticipant().addRole(new CodeableConcept().setText("Keyworker")).setMember(display(keyworker)));
    plan.agencies().forEach(a -> team.addParticipant().addRole(new CodeableConcept().setText("Agency involved"))
        .setMember(display(a.name())));
    Reference careTeam = add(team);

    CarePlan carePlan = new CarePlan();
    carePlan.setStatus(careCase.getStatus() == CareCase.Status.OPEN ? CarePlan.CarePlanStatus.ACTIVE
        : CarePlan.CarePlanStatus.COMPLETED);
    carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
    carePlan.setTitle("Interagency Care Plan, version " + plan.version());
    carePlan.setSubject(patient);
    carePlan.setPeriod(new Period().setStartElement(dateTime(plan.planDate())).setEndElement(dateTime(plan.reviewDate())));
    carePlan.addCareTeam(careTeam);
    for (var need : plan.needs()) {
      Condition condition = new Condition(patient);
      condition.setClinicalStatus(new CodeableConcept(new Coding(
          "http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")));
      condition.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-category",
          "problem-list-item", "Problem List Item")));
      condition.setCode(new CodeableConcept().setText(need.area().label()));
      condition.addNote().setText(need.description());
      carePlan.addAddresses(add(condition));
    }
    for (var action : plan.actions()) {
      var detail = carePlan.addActivity().getDetail();
      detail.setStatus(CarePlan.CarePlanActivityStatus.SCHEDULED);
      detail.setDescription(action.description());
      detail.addPerformer(display(action.keyworker().name() + " (" + action.agency() + ")"));
      detail.setScheduled(new Period().setEndElement(dateTime(action.dueDate())));
    }
    add(carePlan);
  }

  void consent(Reference patient, Consents.Consent consent) {
    Consent resource = new Consent();
    resource.setStatus(consent.inForce() ? Consent.ConsentState.ACTIVE : Consent.ConsentState.INACTIVE);
    resource.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy",
        "Privacy Consent")));
    resource.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
    resource.setPatient(patient);
    resource.setDateTime(Date.from(consent.recordedAt()));
    resource.setPolicyRule(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode",
        consent.shareCarePlan() ? "OPTIN" : "OPTOUT", consent.shareCarePlan() ? "opt-in" : "opt-out")));
    var provision = resource.getProvision();
    provision.setType(consent.shareCarePlan() ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY);
    provision.addActor().setRole(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
        "IRCP", "information recipient"))).setReference(display(consent.agency()));
    provision.addPurpose(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", "TREAT", "treatment"));
    if (consent.until() != null) {
      provision.setPeriod(new Period().setEndElement(dateTime(consent.until())));
    }
    if (consent.consentedBy() != null) {
      resource.addPerformer(display(consent.consentedBy()));
    }
    add(resource);
  }

  /** Open work: a task of the case not done yet. */
  void task(Reference patient, Reference episode, String name, String assignee, Date created, Date due) {
    Task task = new Task();
    task.setStatus(assignee == null ? Task.TaskStatus.READY : Task.TaskStatus.INPROGRESS);
    task.setIntent(Task.TaskIntent.ORDER);
    task.setDescription(name);
    task.setFor(patient);
    task.setFocus(episode);
    task.setAuthoredOn(created);
    task.setExecutionPeriod(new Period().setStart(created));
    if (due != null) {
      task.getRestriction().setPeriod(new Period().setEnd(due));
    }
    if (assignee != null) {
      task.setOwner(display(assignee));
    }
    add(task);
  }

  private Identifier caseIdentifier(CareCase careCase) {
    return new Identifier().setSystem(caseSystem).setValue(careCase.getReference());
  }

  /** The language letters go out in (BCP 47, as FHIR's {@code communication.language}); the first is preferred. */
  private static void communication(Patient patient, Language language) {
    for (java.util.Locale locale : language.locales()) {
      patient.addCommunication().setPreferred(locale.equals(language.first()))
          .setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", locale.toLanguageTag(),
              Language.CYMRAEG.equals(locale) ? "Welsh" : "English (United Kingdom)")));
    }
  }

  private static void nhsNumber(Patient patient, String nhsNumber) {
    if (nhsNumber != null && !nhsNumber.isBlank()) {
      patient.addIdentifier().setSystem(NHS_NUMBER).setValue(nhsNumber);
    }
  }

  private static void telecom(List<ContactPoint> telecom, String phone, String email) {
    if (phone != null && !phone.isBlank()) {
      telecom.add(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(phone));
    }
    if (email != null && !email.isBlank()) {
      telecom.add(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(email));
    }
  }

  private static Reference display(String text) {
    return new Reference().setDisplay(text);
  }

  private static DateTimeType dateTime(LocalDate day) {
    return day == null ? null : new DateTimeType(day.toString());
  }
}

package org.carepath.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.careplan.CarePlans;
import org.carepath.identity.StaffGroups;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code GET /api/cases/{reference}/fhir} (design 4d): the Bundle of a case with an agreed plan, validated
 * with HAPI's validator against base R4, for the team and for agencies with and without consent, before
 * and after a withdrawal. Shares the context of {@code SubjectAccessIT} (same settings).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"carepath.demo.catch-letters=true",
    "camunda.bpm.process-engine-name=subjectaccessit", "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirExportIT {

  static final FhirContext R4 = FhirContext.forR4();
  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final String SLT = CarePlanRequests.LEAD_AGENCY;
  static final String SCHOOL = CarePlanRequests.SCHOOL;

  @LocalServerPort int port;
  @Autowired CarePlans plans;
  @Autowired IdentityService identity;

  FhirValidator validator;
  String reference;

  @BeforeAll
  void aCaseWithAnAgreedPlan() throws Exception {
    var chain = new ValidationSupportChain(new DefaultProfileValidationSupport(R4), new SnapshotGeneratingValidationSupport(R4),
        new InMemoryTerminologyServerValidationSupport(R4), new CommonCodeSystemsTerminologyService(R4));
    validator = R4.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    var created = as("nina").postJson("/api/referrals", ReferralRequests.valid("NORTH", null));
    reference = JSON.readTree(created.body()).get("reference").asText();
    assertThat(as("nina").putJson("/api/cases/" + reference + "/care-plan",
        CarePlanRequests.valid("nina", TODAY.plusWeeks(4), TODAY.plusMonths(3))).statusCode()).isEqualTo(200);
    plans.agree(reference, "nina");
    org.carepath.support.EngineUsers.ensure(identity, "portal", "Referral", "Portal", "Intake-Kettle-2026!",
        StaffGroups.REFERRAL_INTAKE);
  }

  @Test
  void shouldGiveTheTeamTheWholeCaseAsAValidR4Bundle() throws Exception {
    var response = as("nina").get("/api/cases/" + reference + "/fhir");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
    assertValid(response.body());
    Bundle bundle = R4.newJsonParser().parseResource(Bundle.class, response.body());
    assertThat(types(bundle)).contains(ResourceType.Patient, ResourceType.RelatedPerson, ResourceType.ServiceRequest,
        ResourceType.EpisodeOfCare, ResourceType.CarePlan, ResourceType.CareTeam, ResourceType.Condition, ResourceType.Consent,
        ResourceType.Task);
    Patient patient = (Patient) resource(bundle, ResourceType.Patient);
    assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
    assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("9434765919");
    assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Jones");
    assertThat(patient.getCommunication()).singleElement().satisfies(language -> {
      assertThat(language.getLanguage().getCodingFirstRep().getSystem()).isEqualTo("urn:ietf:bcp:47");
      assertThat(language.getLanguage().getCodingFirstRep().getCode()).isEqualTo("en-GB");
      assertThat(language.getPreferred()).isTrue();
    });
    CarePlan plan = (CarePlan) resource(bundle, ResourceType.CarePlan);
    assertThat(plan.getActivity()).singleElement().satisfies(a ->
        assertThat(a.getDetail().getPerformerFirstRep().getDisplay()).isEqualTo("Alys Hughes (" + SLT + ")"));
    assertThat(plan.getAddresses()).hasSize(2);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "fhir-example-bundle.json"), response.body());
  }

  @Test
  void shouldGiveAnAgencyOnlyWhatItsConsentAllows() throws Exception {
    // the therapists consented: the plan; the school did not: nothing of the plan, the family or the referral
    var therapists = as("nina").get("/api/cases/" + reference + "/fhir?agency=" + SLT.replace(" ", "%20"));
    var school = as("nina").get("/api/cases/" + reference + "/fhir?agency=" + SCHOOL.replace(" ", "%20"));
    assertValid(therapists.body());
    assertValid(school.body());
    assertThat(types(parse(therapists.body()))).contains(ResourceType.Patient, ResourceType.EpisodeOfCare, ResourceType.CarePlan,
        ResourceType.CareTeam, ResourceType.Consent)
        .as("never the family's contact details, the referral or open work")
        .doesNotContain(ResourceType.Task, ResourceType.RelatedPerson, ResourceType.ServiceRequest);
    assertThat(therapists.body()).doesNotContain("Rhian", "029 2000 0000", "CF10 1AA");
    assertThat(types(parse(school.body()))).as("who the case is about, nothing else").containsExactly(ResourceType.Patient);
    assertThat(school.body()).doesNotContain("CF10 1AA", "Speech delay");

    // when the family withdraws the therapists' consent, their next export has no plan
    assertThat(as("nina").putJson("/api/cases/" + reference + "/consents/" + SLT.replace(" ", "%20"),
        "{\"shareCarePlan\": false}").statusCode()).isEqualTo(200);
    var withdrawn = as("nina").get("/api/cases/" + reference + "/fhir?agency=" + SLT.replace(" ", "%20"));
    assertValid(withdrawn.body());
    assertThat(types(parse(withdrawn.body()))).containsExactlyInAnyOrder(ResourceType.Patient, ResourceType.Consent);
    assertThat(withdrawn.body()).doesNotContain("Speech delay at nursery", "Rhian");
  }

  @Test
  void shouldServeTheCasesTeamTheReferralPortalForItsOwnCasesAndNoOneElse() throws Exception {
    HttpProbe portal = as("portal", "Intake-Kettle-2026!");
    var submitted = portal.postJson("/api/referrals", ReferralRequests.valid("WEST", null));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    String own = JSON.readTree(submitted.body()).get("reference").asText();
    assertThat(portal.get("/api/cases/" + own + "/fhir").statusCode()).as("a case the portal opened").isEqualTo(200);
    assertThat(portal.get("/api/cases/" + reference + "/fhir").statusCode()).as("a case it did not open").isEqualTo(404);
    assertThat(as("sara").get("/api/cases/" + reference + "/fhir").statusCode()).as("another sector").isEqualTo(404);
    assertThat(as("lesley").get("/api/cases/" + reference + "/fhir").statusCode()).as("a service lead").isEqualTo(404);
    assertThat(as("max").get("/api/cases/" + reference + "/fhir").statusCode()).as("a process manager").isEqualTo(404);
    assertThat(as("alan").get("/api/cases/" + reference + "/fhir").statusCode()).as("an adults' team").isEqualTo(404);
    assertThat(HttpProbe.local(port).get("/api/cases/" + reference + "/fhir").statusCode()).isEqualTo(401);
    var blank = as("nina").get("/api/cases/" + reference + "/fhir?agency=%20");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("agency");
    assertThat(as("nina").get("/api/cases/ISC-N-2026-99999/fhir").statusCode()).isEqualTo(404);
  }

  private void assertValid(String json) {
    var result = validator.validateWithResult(json);
    List<String> errors = result.getMessages().stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
    assertThat(errors).as("validation errors against base R4").isEmpty();
  }

  private static Bundle parse(String json) {
    return R4.newJsonParser().parseResource(Bundle.class, json);
  }

  private static List<ResourceType> types(Bundle bundle) {
    return bundle.getEntry().stream().map(e -> e.getResource().getResourceType()).toList();
  }

  private static org.hl7.fhir.r4.model.Resource resource(Bundle bundle, ResourceType type) {
    return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(r -> r.getResourceType() == type)
        .findFirst().orElseThrow();
  }

  private HttpProbe as(String user) {
    return as(user, "demo");
  }

  private HttpProbe as(String user, String password) {
    return HttpProbe.local(port).as(user, password);
  }
}

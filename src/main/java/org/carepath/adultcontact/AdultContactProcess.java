package org.carepath.adultcontact;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepath.casefile.CareCase;

/**
 * The key and the variables of {@code AdultContact} (docs/processes/AdultContact.md), declared once:
 * the reference, the person's team, the flags the gateways read, and the few values the forms show.
 */
public final class AdultContactProcess {

  public static final String KEY = "AdultContact";

  /** Steps the Java side names (the model's element ids). */
  public static final String ALLOCATE_TEAM = "Activity_AllocateTeam";
  public static final String TRIAGE_CONTACT = "Activity_TriageContact";
  public static final String ACCEPT_TRANSFER = "Activity_AcceptTransfer";
  public static final String SIGNPOST = "Activity_Signpost";
  public static final String AUTHORISE_SUPPORT_PLAN = "Activity_AuthoriseSupportPlan";

  public static final String CASE_REFERENCE = "caseReference";
  /** The id of the person's care and support team ({@code alnwick}); null until the contact centre allocates one. */
  public static final String TEAM = "team";
  public static final String SAFEGUARDING_ENQUIRY = "safeguardingEnquiry";
  public static final String PERSON_NAME = "personName";
  public static final String PERSON_AGE = "personAge";
  public static final String PERSON_PHONE = "personPhone";
  public static final String GP_PRACTICE = "gpPractice";
  public static final String CHANNEL = "channel";
  public static final String CONTACT_REASON = "contactReason";
  public static final String CARER_SUMMARY = "carerSummary";
  public static final String SAFEGUARDING_CONCERN = "safeguardingConcern";
  public static final String TRIAGE_OUTCOME = "triageOutcome";
  public static final String TRIAGE_REASON = "triageReason";
  public static final String TRIAGE_RECOMMENDATION = "triageRecommendation";
  public static final String TRIAGE_RULE = "triageRule";
  public static final String LEAD_WORKER = "leadWorker";
  public static final String ENQUIRY_OUTCOME = "enquiryOutcome";
  /** Set by the letter step: nobody has an e-mail address, so the team posts the letter. */
  public static final String LETTER_TO_POST = "letterToPost";

  /** The triage questions of the form, the inputs of the decision {@code AdultTriage}. */
  public static final List<String> TRIAGE_INPUTS = List.of("severeMentalHealth", "complexCarePlanExpected",
      "seriousRisk", "transitionFromChildrensServices", "unresolvedConflict", "needsAssessment");

  private AdultContactProcess() {}

  /** The variables of a new contact: always derived from the stored contact, never from the starter. */
  static Map<String, Object> startVariables(CareCase careCase, AdultContact contact, LocalDate today) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_REFERENCE, careCase.getReference());
    variables.put(TEAM, careCase.getSupportTeam());
    variables.put(SAFEGUARDING_ENQUIRY, contact.needsSafeguardingEnquiry());
    variables.put(PERSON_NAME, contact.personName());
    variables.put(PERSON_AGE, contact.ageOn(today));
    variables.put(PERSON_PHONE, contact.getPhone());
    variables.put(GP_PRACTICE, contact.getGpPracticeCode());
    variables.put(CHANNEL, contact.getChannel().label());
    variables.put(CONTACT_REASON, contact.getReason());
    variables.put(CARER_SUMMARY, contact.getCarerName() == null ? "No carer named"
        : contact.getCarerName() + " (" + contact.getCarerRelationship() + ")"
            + (contact.getCarerPhone() == null ? "" : ", " + contact.getCarerPhone()));
    variables.put(SAFEGUARDING_CONCERN, contact.getSafeguardingConcern() == null ? "None raised"
        : contact.getSafeguardingConcern() + (contact.isAllegesCrime() ? " (alleges a crime)" : "")
            + (contact.isServiceFailure() ? " (alleges a serious service failure)" : ""));
    return variables;
  }
}

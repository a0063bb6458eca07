package org.carepath.referral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.carepath.casefile.CareCase;
import org.carepath.tasklist.MarkdownText;

/**
 * The key and the variables of {@code ReferralPathway} (see docs/processes/ReferralPathway.md):
 * declared once here so the Java side never spells a variable name twice.
 */
public final class ReferralPathwayProcess {

  public static final String KEY = "ReferralPathway";
  public static final String MESSAGE_CASE_BROUGHT_BACK = "CaseBroughtBack";

  public static final String CASE_REFERENCE = "caseReference";
  public static final String SECTOR = "sector";
  public static final String SECTOR_TEAM = "sectorTeam";
  public static final String CHILD_NAME = "childName";
  public static final String CHILD_AGE = "childAge";
  public static final String NEEDS_SUMMARY = "needsSummary";
  public static final String REFERRER_NAME = "referrerName";
  public static final String REFERRAL_REASON = "referralReason";
  public static final String PARENT_NAME = "parentName";
  public static final String PARENT_PHONE = "parentPhone";
  public static final String BRING_BACK = "bringBack";
  public static final String DECISION = "decision";
  public static final String ALLOCATED_WORKER = "allocatedWorker";
  public static final String DECISION_REASON = "decisionReason";
  public static final String RECOMMENDATION = "recommendation";
  public static final String FIRST_FIVE_CASE = "firstFiveCase";
  public static final String CALL_ATTEMPTS = "callAttempts";

  private ReferralPathwayProcess() {}

  /** The variables a new referral starts with: the reference and the few display values staff see. */
  static Map<String, Object> startVariables(CareCase careCase, Referral referral, LocalDate today) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_REFERENCE, careCase.getReference());
    variables.put(SECTOR, careCase.getSector().name());
    variables.put(SECTOR_TEAM, careCase.getSector().team());
    variables.put(CHILD_NAME, referral.childName());
    variables.put(CHILD_AGE, referral.childAgeOn(today));
    variables.put(NEEDS_SUMMARY, needsSummary(referral));
    // shown inside the forms' Markdown: typed by people outside, so every Markdown character is escaped
    variables.put(REFERRER_NAME, MarkdownText.escape(referral.getReferrerName() + " (" + referral.getReferrerOrganisation() + ")"));
    variables.put(REFERRAL_REASON, referral.getReason());
    variables.put(PARENT_NAME, MarkdownText.escape(referral.getParentName()));
    variables.put(PARENT_PHONE, referral.getParentPhone());
    variables.put(BRING_BACK, false);
    return variables;
  }

  static String needsSummary(Referral referral) {
    String needs = referral.getDevelopmentalNeeds().isBlank() ? "none named"
        : Arrays.stream(referral.getDevelopmentalNeeds().split(","))
            .map(code -> DevelopmentalNeed.valueOf(code).label())
            .collect(Collectors.joining(", "));
    StringBuilder summary = new StringBuilder(needs);
    if (referral.isAsdAssessmentRequested()) {
      summary.append("; ASD assessment requested");
    }
    if (referral.isAdhdAssessmentRequested()) {
      summary.append("; ADHD assessment requested");
    }
    return summary.toString();
  }
}

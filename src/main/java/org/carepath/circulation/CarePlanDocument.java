package org.carepath.circulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the circulated Interagency Care Plan shows (BIAN: "All actions and timescales should be
 * clearly outlined on the plan"), as plain values: no entity, nothing the engine holds. Lists may be
 * empty, never null.
 */
public record CarePlanDocument(
    String caseReference,
    String childName,
    int planVersion,
    LocalDate planDate,
    LocalDate reviewDate,
    String leadAgency,
    String caseManagerName,
    List<Need> needs,
    List<Action> actions,
    List<Agency> agencies,
    WhoToContact whoToContact,
    boolean adult,
    Budget budget) {

  /** A child's plan: no personal budget. */
  public CarePlanDocument(String caseReference, String childName, int planVersion, LocalDate planDate,
      LocalDate reviewDate, String leadAgency, String caseManagerName, List<Need> needs, List<Action> actions,
      List<Agency> agencies, WhoToContact whoToContact) {
    this(caseReference, childName, planVersion, planDate, reviewDate, leadAgency, caseManagerName, needs, actions,
        agencies, whoToContact, false, null);
  }

  public CarePlanDocument {
    Objects.requireNonNull(caseReference, "caseReference");
    Objects.requireNonNull(childName, "childName");
    Objects.requireNonNull(planDate, "planDate");
    Objects.requireNonNull(reviewDate, "reviewDate");
    Objects.requireNonNull(whoToContact, "whoToContact");
    needs = List.copyOf(needs);
    actions = List.copyOf(actions);
    agencies = List.copyOf(agencies);
  }

  /** An area of need and what it means for this child. */
  public record Need(String area, String description) {
  }

  /** An agreed action: who does it (the keyworker in the responsible agency) and by when. */
  public record Action(String description, String agency, String keyworkerName,
      String keyworkerEmail, LocalDate dueDate) {
  }

  /** An agency involved in the plan and its contact. */
  public record Agency(String name, String contactName, String email) {
  }

  /** An adult's personal budget: the agreed and the indicative weekly amount, and why they differ. */
  public record Budget(java.math.BigDecimal weeklyAmount, java.math.BigDecimal indicativeWeeklyAmount, String rationale) {
  }

  /** "Support plan" for an adult, "Interagency Care Plan" for a child. */
  public String title() {
    return adult ? "Support plan" : "Interagency Care Plan";
  }

  /** Who the family and the agencies contact about the plan. */
  public record WhoToContact(String serviceContact, String caseManagerName) {
  }
}

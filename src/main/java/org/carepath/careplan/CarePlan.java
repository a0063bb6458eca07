package org.carepath.careplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carepath.casefile.CareCase;

/**
 * One version of a case's Interagency Care Plan: the case's single DRAFT, which each save replaces,
 * or an AGREED version, which never changes again. A draft carries the number it becomes when agreed.
 */
@Entity
@Table(name = "care_plan")
class CarePlan {

  enum Status { DRAFT, AGREED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Column(name = "plan_version", nullable = false)
  private int planVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.DRAFT;

  private LocalDate planDate;
  private String leadAgency;
  private String caseManager;
  private LocalDate reviewDate;
  private String savedBy;
  private Instant savedAt;
  private String agreedBy;
  private Instant agreedAt;
  private Instant createdAt;
  private java.math.BigDecimal weeklyAmount;
  private java.math.BigDecimal indicativeWeeklyAmount;
  private String budgetRationale;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "care_plan_need", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  private List<PlanNeed> needs = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "care_plan_agency", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  private List<PlanAgency> agencies = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "care_plan_action", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  private List<PlanAction> actions = new ArrayList<>();

  protected CarePlan() {}

  /** A new draft of the case's plan, to become version {@code planVersion} when agreed. */
  CarePlan(CareCase careCase, int planVersion, Instant createdAt) {
    this.careCase = careCase;
    this.planVersion = planVersion;
    this.createdAt = createdAt;
  }

  /** Replaces the whole draft with a valid request; names are stored without surrounding spaces. */
  void replace(CarePlanRequest plan, LocalDate planDate, String savedBy, Instant savedAt) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("Care plan version " + planVersion + " is agreed and cannot change");
    }
    this.planDate = planDate;
    this.leadAgency = plan.leadAgency().strip();
    this.caseManager = plan.caseManager().strip();
    this.reviewDate = plan.reviewDate();
    this.savedBy = savedBy;
    this.savedAt = savedAt;
    needs.clear();
    plan.needs().forEach(n -> needs.add(new PlanNeed(NeedArea.valueOf(n.area()), n.description().strip())));
    agencies.clear();
    plan.agencies().forEach(a -> agencies.add(new PlanAgency(a.name().strip(), strip(a.contactName()),
        strip(a.email()), a.consentToShare())));
    actions.clear();
    plan.actions().forEach(a -> actions.add(new PlanAction(a.description().strip(), a.agency().strip(),
        a.keyworker().name().strip(), a.keyworker().email().strip(), a.dueDate(), a.serviceId())));
  }

  /** Adults: the personal budget, with the indicative amount the resource allocation system gave. */
  void budget(java.math.BigDecimal weeklyAmount, java.math.BigDecimal indicativeWeeklyAmount, String rationale) {
    this.weeklyAmount = weeklyAmount == null ? null : weeklyAmount.setScale(2, java.math.RoundingMode.HALF_UP);
    this.indicativeWeeklyAmount = indicativeWeeklyAmount;
    this.budgetRationale = rationale == null || rationale.isBlank() ? null : rationale.strip();
  }

  void agree(String agreedBy, Instant agreedAt) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("Care plan version " + planVersion + " is already agreed");
    }
    this.status = Status.AGREED;
    this.agreedBy = agreedBy;
    this.agreedAt = agreedAt;
  }

  CarePlanView view() {
    return new CarePlanView(careCase.getReference(), planVersion, status.name(), planDate, needs(), agencies(),
        actions(), leadAgency, caseManager, reviewDate, savedBy, savedAt, agreedBy, agreedAt,
        weeklyAmount == null ? null : new CarePlanView.PersonalBudgetView(weeklyAmount, indicativeWeeklyAmount, budgetRationale));
  }

  AgreedPlan agreed() {
    if (status != Status.AGREED) {
      throw new IllegalStateException("Care plan version " + planVersion + " is not agreed yet");
    }
    return new AgreedPlan(careCase.getReference(), planVersion, planDate, leadAgency, caseManager, reviewDate,
        needs(), agencies(), actions(), agreedBy, agreedAt);
  }

  CarePlanVersion summary() {
    return new CarePlanVersion(planVersion, planDate, leadAgency, caseManager, reviewDate, agreedBy, agreedAt);
  }

  private List<AgreedPlan.Need> needs() {
    return needs.stream().map(n -> new AgreedPlan.Need(n.area, n.description)).toList();
  }

  private List<AgreedPlan.Agency> agencies() {
    return agencies.stream().map(a -> new AgreedPlan.Agency(a.name, a.contactName, a.email, a.consentToShare)).toList();
  }

  private List<AgreedPlan.Action> actions() {
    return actions.stream().map(a -> new AgreedPlan.Action(a.description, a.agencyName,
        new AgreedPlan.Keyworker(a.keyworkerName, a.keyworkerEmail), a.dueDate, a.serviceId)).toList();
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  CareCase getCareCase() { return careCase; }
  int getPlanVersion() { return planVersion; }
  Status getStatus() { return status; }
  String getLeadAgency() { return leadAgency; }
  String getCaseManager() { return caseManager; }
  LocalDate getReviewDate() { return reviewDate; }
}

package org.carepath.careplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.carepath.adultcontact.AdultEligibilityRecord;
import org.carepath.adultcontact.AdultEligibilityRepository;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.consent.Consents;
import org.carepath.identity.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A case's Interagency Care Plan: one draft, which each save replaces, and the agreed versions 1, 2,
 * 3... that agreeing the draft makes, each kept unchanged. Callers decide who may reach the case
 * (the API: staff of its sector); this service decides what a valid plan is.
 */
@Service
public class CarePlans {

  private final CarePlanRepository plans;
  private final CareCaseRepository cases;
  private final CarePlanValidator validator;
  private final CaseRecord record;
  private final CurrentStaff staff;
  private final AdultEligibilityRepository eligibility;
  private final java.util.function.Predicate<String> underAuthorisation;
  private final Clock clock;
  private final Consents consents;

  CarePlans(CarePlanRepository plans, CareCaseRepository cases, CarePlanValidator validator, CaseRecord record,
      CurrentStaff staff, AdultEligibilityRepository eligibility, org.camunda.bpm.engine.TaskService tasks,
      org.carepath.system.EngineAsSystem engine, Consents consents, Clock clock) {
    this.consents = consents;
    this.underAuthorisation = reference -> engine.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(org.carepath.adultcontact.AdultContactProcess.AUTHORISE_SUPPORT_PLAN).count()) > 0;
    this.plans = plans;
    this.cases = cases;
    this.validator = validator;
    this.record = record;
    this.staff = staff;
    this.eligibility = eligibility;
    this.clock = clock;
  }

  /**
   * Validates the plan and stores it as the case's draft, dated today (UK), replacing any earlier
   * draft. Throws {@link org.carepath.api.InvalidFieldsException} naming every offending field, and
   * {@code 409} for a closed case; nothing is stored then.
   */
  @Transactional
  public CarePlanView save(String reference, CarePlanRequest plan) {
    CareCase careCase = cases.getByReference(reference);
    if (careCase.getStatus() == CareCase.Status.CLOSED) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "Case " + reference + " is closed: its care plan can no longer change");
    }
    LocalDate today = LocalDate.now(clock);
    java.math.BigDecimal indicative = null;
    if (careCase.isAdult()) {
      var decided = eligibility.findByCareCase(careCase).filter(AdultEligibilityRecord::isEligible)
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "Case " + reference
              + " has no support plan yet: the plan follows an overview assessment that finds the needs eligible"));
      indicative = decided.getIndicativeWeeklyAmount();
      if (underAuthorisation.test(reference)) {
        // the manager authorises the plan she read: it cannot change while she decides
        throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + reference
            + ": the support plan is with an adult manager for authorisation and cannot change until it is authorised or returned");
      }
      validator.checkAdult(plan, careCase.team(), indicative, today);
    } else {
      validator.check(plan, careCase.getSector(), today);
    }
    // the boxes as the plan last stored them (not as consent stands now): only a box changed since records consent
    Map<String, Boolean> stored = new java.util.HashMap<>();
    plans.findFirstByCareCaseReferenceOrderByPlanVersionDesc(reference).map(CarePlan::view)
        .ifPresent(last -> last.agencies().forEach(a -> stored.put(Consents.keyOf(a.name()), a.consentToShare())));
    CarePlan draft = plans.findByCareCaseAndStatus(careCase, CarePlan.Status.DRAFT)
        .orElseGet(() -> new CarePlan(careCase, plans.highestVersion(careCase, CarePlan.Status.AGREED) + 1,
            now()));
    draft.replace(plan, today, staff.userId(), now());
    if (plan.personalBudget() != null) {
      draft.budget(plan.personalBudget().weeklyAmount(), indicative, plan.personalBudget().rationale());
    }
    // the plan's boxes are a view of the consent records: a box changed is a consent recorded; a box sent as the
    // plan last stored it is not (a client holding a plan read before a withdrawal, or after a consent ran out,
    // must not give the consent back)
    Map<String, Boolean> changed = new java.util.LinkedHashMap<>();
    for (CarePlanRequest.Agency a : plan.agencies()) {
      boolean box = Boolean.TRUE.equals(a.consentToShare());
      Boolean before = stored.get(Consents.keyOf(a.name()));
      if (before == null || before != box) {
        changed.put(a.name(), box);
      }
    }
    consents.fromCarePlan(careCase, changed, staff.userId());
    return withConsents(careCase, plans.saveAndFlush(draft).view());
  }

  /**
   * Agrees the case's draft as its next version and files it on the case file. Called when the plan
   * meeting or review completes: without a draft it throws a {@link BadUserRequestException} whose
   * message, shown in Tasklist, starts with the field {@code carePlan}.
   */
  @Transactional
  public AgreedPlan agree(String reference, String agreedBy) {
    CareCase careCase = cases.getByReference(reference);
    CarePlan draft = plans.findByCareCaseAndStatus(careCase, CarePlan.Status.DRAFT)
        .orElseThrow(() -> new BadUserRequestException(noDraft(careCase)));
    draft.agree(agreedBy, now());
    AgreedPlan agreed = withConsents(careCase, plans.saveAndFlush(draft).agreed());
    record.add(careCase, CaseRecordEntry.Kind.PLAN, "Interagency Care Plan version " + agreed.version() + " agreed",
        summary(agreed), agreedBy);
    return agreed;
  }

  /**
   * A change of case manager after the mandatory handover meeting: the next agreed version is the
   * latest one with the new case manager (BIAN: both positions may change over time, by agreement at
   * an Interagency Care Plan Meeting). A draft still open is replaced.
   */
  @Transactional
  public AgreedPlan changeCaseManager(String reference, String newCaseManager, String by) {
    CareCase careCase = cases.getByReference(reference);
    AgreedPlan latest = latestAgreed(reference).orElseThrow(() -> new IllegalStateException(
        "Case " + reference + " has no agreed care plan to hand over"));
    CarePlan next = plans.findByCareCaseAndStatus(careCase, CarePlan.Status.DRAFT)
        .orElseGet(() -> new CarePlan(careCase, latest.version() + 1, clock.instant()));
    next.replace(requestOf(latest, newCaseManager), LocalDate.now(clock), by, clock.instant());
    // an adult's personal budget goes with the plan to its new lead worker, unchanged
    var budget = version(reference, latest.version()).map(CarePlanView::personalBudget).orElse(null);
    next.budget(budget == null ? null : budget.weeklyAmount(), budget == null ? null : budget.indicativeWeeklyAmount(),
        budget == null ? null : budget.rationale());
    next.agree(by, clock.instant());
    AgreedPlan agreed = withConsents(careCase, plans.saveAndFlush(next).agreed());
    record.add(careCase, CaseRecordEntry.Kind.PLAN, "Interagency Care Plan version " + agreed.version()
        + " agreed: case manager " + latest.caseManager() + " handed over to " + newCaseManager, summary(agreed), by);
    return agreed;
  }

  private static CarePlanRequest requestOf(AgreedPlan plan, String caseManager) {
    return new CarePlanRequest(
        plan.needs().stream().map(n -> new CarePlanRequest.Need(n.area().name(), n.description())).toList(),
        plan.agencies().stream().map(a -> new CarePlanRequest.Agency(a.name(), a.contactName(), a.email(),
            a.consentToShare())).toList(),
        plan.actions().stream().map(a -> new CarePlanRequest.Action(a.description(), a.agency(),
            new CarePlanRequest.Keyworker(a.keyworker().name(), a.keyworker().email()), a.dueDate(), a.serviceId())).toList(),
        plan.leadAgency(), caseManager, plan.reviewDate());
  }

  /** The draft if there is one, else the latest agreed version. */
  @Transactional(readOnly = true)
  public Optional<CarePlanView> current(String reference) {
    return plans.findFirstByCareCaseReferenceOrderByPlanVersionDesc(reference).map(CarePlan::view).map(this::withConsents);
  }

  /** An agreed version (a draft is not a version yet). */
  @Transactional(readOnly = true)
  public Optional<CarePlanView> version(String reference, int version) {
    return plans.findByCareCaseReferenceAndPlanVersionAndStatus(reference, version, CarePlan.Status.AGREED)
        .map(CarePlan::view).map(this::withConsents);
  }

  /** The agreed versions, oldest first. */
  @Transactional(readOnly = true)
  public List<CarePlanVersion> versions(String reference) {
    return plans.findByCareCaseReferenceAndStatusOrderByPlanVersionAsc(reference, CarePlan.Status.AGREED).stream()
        .map(CarePlan::summary).toList();
  }

  @Transactional(readOnly = true)
  public Optional<AgreedPlan> latestAgreed(String reference) {
    return plans.findFirstByCareCaseReferenceAndStatusOrderByPlanVersionDesc(reference, CarePlan.Status.AGREED)
        .map(CarePlan::agreed).map(plan -> withConsents(cases.getByReference(reference), plan));
  }

  /**
   * A plan with each agency's {@code consentToShare} as the consent records say today: the plan's boxes
   * are a view of them (consent.Consents), so a consent withdrawn since the plan was agreed stops the
   * next circulation, and the form shows it.
   */
  private AgreedPlan withConsents(CareCase careCase, AgreedPlan plan) {
    return plan.withAgencies(consented(careCase, plan.agencies()));
  }

  private CarePlanView withConsents(CarePlanView view) {
    return withConsents(cases.getByReference(view.reference()), view);
  }

  private CarePlanView withConsents(CareCase careCase, CarePlanView view) {
    return view.withAgencies(consented(careCase, view.agencies()));
  }

  private List<AgreedPlan.Agency> consented(CareCase careCase, List<AgreedPlan.Agency> agencies) {
    Map<String, Boolean> inForce = consents.inForce(careCase);
    return agencies.stream().map(a -> new AgreedPlan.Agency(a.name(), a.contactName(), a.email(),
        inForce.getOrDefault(Consents.keyOf(a.name()), false))).toList();
  }

  /** What the database keeps (microseconds), so the answer to a save reads as the plan read later. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private String noDraft(CareCase careCase) {
    int agreed = plans.highestVersion(careCase, CarePlan.Status.AGREED);
    return agreed == 0
        ? "carePlan: no care plan saved for " + careCase.getReference()
            + ": save it through the API or the form first"
        : "carePlan: no changed care plan saved for " + careCase.getReference() + " since version " + agreed
            + " was agreed: save the updated plan through the API or the form first";
  }

  private static String summary(AgreedPlan plan) {
    return "Lead agency: " + plan.leadAgency() + "\nCase manager: " + plan.caseManager()
        + "\nReview by: " + plan.reviewDate()
        + "\nAreas of need: " + plan.needs().stream().map(n -> n.area().label()).distinct()
            .collect(Collectors.joining(", "))
        + "\nActions: " + plan.actions().size()
        + "\nAgencies: " + plan.agencies().stream().map(AgreedPlan.Agency::name).collect(Collectors.joining(", "))
        + "\nShared with: " + (plan.agenciesToCirculate().isEmpty() ? "the family only"
            : "the family, " + plan.agenciesToCirculate().stream().map(AgreedPlan.Agency::name)
                .collect(Collectors.joining(", ")));
  }
}

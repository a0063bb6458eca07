package org.carepath.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.carepath.carecoordination.OverdueActionCounts;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseHandoffRepository;
import org.carepath.casefile.CaseOutcome;
import org.carepath.casefile.Pathway;
import org.carepath.casefile.Sector;
import org.carepath.feedback.FeedbackMeasures;
import org.carepath.system.Chunks;
import org.carepath.system.EngineAsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the flow report from carepath's tables (cases, handoffs, action follow-ups) and the engine's
 * history (when each step was done): no second copy of the data. The period's cohort is the cases
 * opened in it; outcomes count the cases closed in it; reviews and overdue actions count what happened
 * in it to any case of the scope.
 */
@Service
class FlowReports {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final String REVIEW_STEP = "Activity_CarePlanReview";

  /** The cases a report covers: a pathway, and within it a sector (children) or a team (adults), or all. */
  record Scope(Pathway pathway, Sector sector, String team) implements Predicate<CareCase> {
    @Override
    public boolean test(CareCase careCase) {
      return careCase.getPathway() == pathway && (sector == null || sector == careCase.getSector())
          && (team == null || team.equals(careCase.getSupportTeam()) || team.equals(careCase.team()));
    }
  }

  private final CareCaseRepository cases;
  private final CaseHandoffRepository handoffs;
  private final OverdueActionCounts overdue;
  private final EngineMilestones milestones;
  private final ReceivedBy receivedBy;
  private final org.carepath.notification.NotificationRepository notifications;
  private final EngineAsSystem system;
  private final ReportBaselineRepository baselines;
  private final FeedbackMeasures feedback;

  FlowReports(CareCaseRepository cases, CaseHandoffRepository handoffs, OverdueActionCounts overdue,
      EngineMilestones milestones, ReceivedBy receivedBy, org.carepath.notification.NotificationRepository notifications,
      EngineAsSystem system, ReportBaselineRepository baselines, FeedbackMeasures feedback) {
    this.baselines = baselines;
    this.feedback = feedback;
    this.cases = cases;
    this.handoffs = handoffs;
    this.overdue = overdue;
    this.milestones = milestones;
    this.receivedBy = receivedBy;
    this.notifications = notifications;
    this.system = system;
  }

  @Transactional(readOnly = true)
  FlowReport report(Scope scope, LocalDate from, LocalDate to) {
    Instant start = startOf(from);
    Instant end = endOf(to);
    List<CareCase> cohort = cases.findByPathwayAndCreatedAtGreaterThanEqualAndCreatedAtLessThan(scope.pathway(), start, end)
        .stream().filter(scope).toList();
    List<CareCase> closed = cases.findByPathwayAndClosedAtGreaterThanEqualAndClosedAtLessThan(scope.pathway(), start, end)
        .stream().filter(scope).toList();
    List<CareCase> all = cases.findByPathway(scope.pathway()).stream().filter(scope).toList();

    Map<String, Long> outcomes = new LinkedHashMap<>();
    Map<CaseOutcome, Long> tally = new EnumMap<>(CaseOutcome.class);
    closed.forEach(c -> tally.merge(c.getOutcome(), 1L, Long::sum));
    for (CaseOutcome outcome : CaseOutcome.values()) {
      outcomes.put(outcome.name(), FlowReport.shown(tally.getOrDefault(outcome, 0L)));
    }
    List<String> references = cohort.stream().map(CareCase::getReference).toList();
    Map<String, String> caseOfProcess = system.call(() -> milestones.processes(references));
    List<FlowReport.Stage> stages = new ArrayList<>();
    for (Milestones milestone : Milestones.of(scope.pathway())) {
      Map<String, Instant> reached = milestone.discharge() ? discharged(cohort)
          : system.call(() -> milestones.firstCompleted(caseOfProcess, milestone.steps(), start));
      List<Double> days = cohort.stream().filter(c -> reached.containsKey(c.getReference()))
          .map(c -> Duration.between(c.getCreatedAt(), reached.get(c.getReference())).toMinutes() / 1440.0).sorted().toList();
      boolean enough = days.size() >= FlowReport.SMALLEST_SHOWN;
      stages.add(new FlowReport.Stage(milestone.name(), FlowReport.shown(days.size()),
          enough ? round(median(days)) : null, enough ? round(percentile(days, 0.9)) : null));
    }
    Map<String, Long> handoffsByCase = handoffsOf(cohort);
    long handoffCount = handoffsByCase.values().stream().mapToLong(Long::longValue).sum();
    // none, or at least five: a handful of handoffs over a known cohort would give their number away
    Double handoffsPerCase = cohort.size() < FlowReport.SMALLEST_SHOWN || (handoffCount > 0 && handoffCount < FlowReport.SMALLEST_SHOWN)
        ? null : round(handoffCount / (double) cohort.size());
    List<String> scopeReferences = all.stream().map(CareCase::getReference).toList();
    List<Boolean> reviews = system.call(() -> milestones.doneOnTime(scopeReferences, REVIEW_STEP, start, end));
    List<Boolean> tasks = system.call(() -> milestones.doneOnTime(scopeReferences, null, start, end));
    return new FlowReport(scope.pathway().name(), from, to, scope.sector() == null ? null : scope.sector().name(), scope.team(),
        FlowReport.shown(cohort.size()), receivedBy.of(scope.pathway(), cohort), outcomes, stages, handoffsPerCase,
        handoffSpread(cohort, handoffsByCase), FlowReport.shown(reviews.size()), onTime(reviews),
        FlowReport.shown(tasks.size()), onTime(tasks), FlowReport.shown(overdue.escalated(all, start, end)),
        letters(all, start, end), feedbackOf(all, start, end), learningReviewsOf(scope, scopeReferences), null);
  }

  /** The cohort's cases by how often they changed hands: none, one, two, three or more (suppressed, complemented). */
  static Map<String, Long> handoffSpread(List<CareCase> cohort, Map<String, Long> handoffsByCase) {
    Map<String, Long> spread = new LinkedHashMap<>();
    List.of(HANDOFFS_NONE, "one", "two", "three or more").forEach(name -> spread.put(name, 0L));
    for (CareCase careCase : cohort) {
      long count = handoffsByCase.getOrDefault(careCase.getReference(), 0L);
      spread.merge(count == 0 ? HANDOFFS_NONE : count == 1 ? "one" : count == 2 ? "two" : "three or more", 1L, Long::sum);
    }
    return FlowReport.suppressed(spread);
  }

  static final String HANDOFFS_NONE = "none";

  /** Feedback asked for in the period: a mean score only from five answers or more. */
  private FlowReport.Feedback feedbackOf(List<CareCase> scope, Instant start, Instant end) {
    FeedbackMeasures.Tally tally = feedback.tally(scope, start, end);
    Double average = tally.answers() < FlowReport.SMALLEST_SHOWN ? null
        : java.math.BigDecimal.valueOf(tally.scoreSum()).divide(java.math.BigDecimal.valueOf(tally.answers()), 1,
            java.math.RoundingMode.HALF_UP).doubleValue();
    return new FlowReport.Feedback(FlowReport.shown(tally.requests()), FlowReport.shown(tally.answers()),
        FlowReport.fraction(tally.answers(), tally.requests()), average);
  }

  /** The children's team learning reviews of the scope (its sector's first five cases); none for adults. */
  private FlowReport.LearningReviews learningReviewsOf(Scope scope, List<String> references) {
    if (scope.pathway() != Pathway.CHILDREN) {
      return null;
    }
    long[] madeAndDone = system.call(() -> milestones.madeAndDone(references, LEARNING_REVIEW_STEP));
    return new FlowReport.LearningReviews(madeAndDone[0], madeAndDone[1]);
  }

  static final String LEARNING_REVIEW_STEP = "Activity_LearningReview";

  /** The fraction done on time, or null where it would give a small number away. */
  private static Double onTime(List<Boolean> done) {
    return FlowReport.fraction(done.stream().filter(Boolean::booleanValue).count(), done.size());
  }

  /** Letters made in the period for the scope's cases: by state, and how many needed more than one attempt. */
  private Map<String, Long> letters(List<CareCase> scope, Instant start, Instant end) {
    Map<String, Long> tally = new LinkedHashMap<>();
    long retried = 0;
    for (var status : org.carepath.notification.Notification.Status.values()) {
      tally.put(status.name(), 0L);
    }
    for (List<CareCase> chunk : Chunks.of(scope)) {
      for (Object[] row : notifications.tallyOf(chunk, start, end)) {
        tally.merge(row[0].toString(), ((Number) row[1]).longValue(), Long::sum);
        retried += row[2] == null ? 0 : ((Number) row[2]).longValue();
      }
    }
    tally.put("RETRIED", retried);
    tally.replaceAll((state, count) -> FlowReport.shown(count));
    return tally;
  }

  /** The report with its scope's baseline beside it, if a service lead recorded one. */
  @Transactional(readOnly = true)
  FlowReport withBaseline(Scope scope, LocalDate from, LocalDate to) {
    FlowReport report = report(scope, from, to);
    return baselines.findByScopeKey(ReportBaseline.keyOf(scope))
        .map(b -> report.withBaseline(report(scope, b.getFromDate(), b.getToDate()))).orElse(report);
  }

  /** Cases opened in each month of the period (suppressed below five), for the dashboard's flow over time. */
  @Transactional(readOnly = true)
  Map<java.time.YearMonth, Long> receivedByMonth(Scope scope, LocalDate from, LocalDate to) {
    Instant start = startOf(from);
    Instant end = endOf(to);
    Map<java.time.YearMonth, Long> months = new LinkedHashMap<>();
    for (var month = java.time.YearMonth.from(from); !month.isAfter(java.time.YearMonth.from(to)); month = month.plusMonths(1)) {
      months.put(month, 0L);
    }
    cases.findByPathwayAndCreatedAtGreaterThanEqualAndCreatedAtLessThan(scope.pathway(), start, end).stream().filter(scope)
        .forEach(c -> months.merge(java.time.YearMonth.from(c.getCreatedAt().atZone(UK)), 1L, Long::sum));
    return FlowReport.suppressed(months);
  }

  /** Each cohort case with a handoff, with its number of handoffs. */
  private Map<String, Long> handoffsOf(Collection<CareCase> cohort) {
    Map<String, Long> byCase = new java.util.HashMap<>();
    for (List<CareCase> chunk : Chunks.of(cohort)) {
      handoffs.handoffsOf(chunk).forEach(row -> byCase.put((String) row[0], ((Number) row[1]).longValue()));
    }
    return byCase;
  }

  private static Map<String, Instant> discharged(List<CareCase> cohort) {
    Map<String, Instant> when = new LinkedHashMap<>();
    cohort.stream().filter(c -> c.getOutcome() == CaseOutcome.DISCHARGED && c.getClosedAt() != null)
        .forEach(c -> when.put(c.getReference(), c.getClosedAt()));
    return when;
  }

  /** The first instant of a day, UK time. */
  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(UK).toInstant();
  }

  /** The first instant after a day, UK time: a report's period includes both its days. */
  static Instant endOf(LocalDate day) {
    return startOf(day.plusDays(1));
  }

  /** The middle value (the mean of the two middle ones for an even count) of sorted values. */
  static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The nearest-rank percentile of sorted values: the smallest value with at least {@code q} of them at or below it. */
  static double percentile(List<Double> sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

}

package org.carepath.carecoordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.carepath.careplan.AgreedPlan;
import org.carepath.calendar.WorkingDays;
import org.carepath.careplan.CarePlans;
import org.carepath.careplan.ReviewInterval;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.deployment.ForModels;
import org.springframework.stereotype.Component;

/**
 * The dates of {@code CareCoordination}'s timers (bean {@code carePlanSchedule}), in UK local time
 * so they stay right across the clock changes.
 */
@ForModels
@Component("carePlanSchedule")
public class CarePlanSchedule {

  static final LocalTime REVIEW_TIME = LocalTime.of(9, 0);
  static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
  /** The review task comes this many days before the review is due, so the meeting can be arranged. */
  static final int PREPARATION_DAYS = 14;
  /** A reminder further ahead than two months would come before most plans are a month old. */
  static final int MOST_DAYS_BEFORE = 60;
  static final LocalTime FOLLOW_UP_TIME = LocalTime.of(8, 0);

  private final CarePlans plans;
  private final CareCaseRepository cases;
  private final WorkingDays workingDays;
  private final Clock clock;

  CarePlanSchedule(CarePlans plans, CareCaseRepository cases, WorkingDays workingDays, Clock clock) {
    this.plans = plans;
    this.cases = cases;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  /**
   * When the review of the latest agreed plan is due: on its review date, and never later than six
   * months after it was agreed (BIAN: reviewed at least every six months; an adult's support plan at
   * least every twelve). The review task's due date.
   */
  public Date reviewDue(String reference) {
    return at(reviewDate(reference), END_OF_DAY);
  }

  /**
   * When the review task comes to the case manager: two weeks before the review is due. Kept for the
   * cases of earlier versions of CareCoordination; the model now names the days itself.
   */
  public Date reviewStarts(String reference) {
    return reviewStarts(reference, PREPARATION_DAYS);
  }

  /**
   * When the review task comes to the case manager: {@code daysBefore} days before the review is due
   * (the model says how many: 14 today), to arrange the review meeting with the family and the
   * agencies; never before tomorrow morning.
   */
  public Date reviewStarts(String reference, int daysBefore) {
    if (daysBefore < 0 || daysBefore > MOST_DAYS_BEFORE) {
      throw new IllegalArgumentException("reviewStarts takes 0 to " + MOST_DAYS_BEFORE + " days before the review, not " + daysBefore);
    }
    LocalDate start = reviewDate(reference).minusDays(daysBefore);
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    return at(start.isBefore(tomorrow) ? tomorrow : start, REVIEW_TIME);
  }

  private LocalDate reviewDate(String reference) {
    ReviewInterval interval = ReviewInterval.of(cases.findByReference(reference).filter(CareCase::isAdult).isPresent());
    LocalDate latest = interval.latestReview(LocalDate.now(clock));
    return plans.latestAgreed(reference)
        .map(plan -> earlier(plan.reviewDate(), interval.latestReview(agreedOn(plan))))
        .orElse(latest);
  }

  /** 08:00 on the next working day (or today, before 08:00 on a working day): the daily follow-up. */
  public Date nextFollowUp() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    LocalDate day = now.toLocalTime().isBefore(FOLLOW_UP_TIME) ? now.toLocalDate() : now.toLocalDate().plusDays(1);
    return at(workingDays.onOrAfter(day), FOLLOW_UP_TIME);
  }

  private LocalDate agreedOn(AgreedPlan plan) {
    return plan.agreedAt() == null ? plan.planDate() : plan.agreedAt().atZone(clock.getZone()).toLocalDate();
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private Date at(LocalDate day, LocalTime time) {
    return Date.from(ZonedDateTime.of(day, time, clock.getZone()).toInstant());
  }
}

package org.carepath.careplan;

import java.time.LocalDate;

/**
 * How long a plan may run before it is reviewed: the one owner of the six-month rule for a child's
 * Interagency Care Plan (BIAN: reviewed at least every six months) and the twelve-month rule for an
 * adult's support plan (design 4a, the Care Act's annual review). The plan's validation, the review
 * timers and the forms' messages all ask it.
 */
public enum ReviewInterval {
  CHILD(6),
  ADULT(12);

  private final int months;

  ReviewInterval(int months) {
    this.months = months;
  }

  public static ReviewInterval of(boolean adult) {
    return adult ? ADULT : CHILD;
  }

  public int months() {
    return months;
  }

  /** The latest day the review may be on, for a plan of {@code planDate}. */
  public LocalDate latestReview(LocalDate planDate) {
    return planDate.plusMonths(months);
  }
}

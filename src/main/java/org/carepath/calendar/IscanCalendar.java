package org.carepath.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import org.carepath.careplan.ReviewInterval;
import org.carepath.casefile.Sector;
import org.carepath.deployment.ForModels;
import org.springframework.stereotype.Component;

/**
 * Dates the models use for due dates and timers (bean {@code iscanCalendar}), in UK local time so
 * they stay right across daylight-saving changes. Weekdays per sector are configuration
 * ({@code carepath.iscan.*}, see docs/operations.md).
 */
@ForModels
@Component("iscanCalendar")
public class IscanCalendar {

  private static final LocalTime SCREENING_DUE = LocalTime.of(9, 0);
  private static final LocalTime MEETING = LocalTime.of(10, 0);
  private static final LocalTime IAP_DAY = LocalTime.of(9, 30);
  private static final LocalTime RETRY_CALL = LocalTime.of(10, 0);
  private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

  private final IscanSchedule schedule;
  private final WorkingDays workingDays;
  private final Clock clock;

  IscanCalendar(IscanSchedule schedule, WorkingDays workingDays, Clock clock) {
    this.schedule = schedule;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  /** Screening is due on the morning of the sector's next weekly meeting. */
  public Date screeningDue(String sector) {
    return at(nextMeetingDate(sector), SCREENING_DUE);
  }

  /** The sector's next weekly ISCAN meeting (never today: today's agenda is closed). */
  public Date meetingDay(String sector) {
    return at(nextMeetingDate(sector), MEETING);
  }

  /** The sector's next IAP day at its children's centre. */
  public Date nextIapDay(String sector) {
    return at(nextAfterToday(schedule.iapDay(Sector.valueOf(sector))), IAP_DAY);
  }

  /** The sector's next IAP day as a form's date field holds it (yyyy-mm-dd): the day a booking starts from. */
  public String nextIapDate(String sector) {
    return nextAfterToday(schedule.iapDay(Sector.valueOf(sector))).toString();
  }

  /** When to call a family again after no answer: after the configured number of working days. */
  public Date callRetryAt() {
    return at(workingDaysFromToday(schedule.callRetryWorkingDays()), RETRY_CALL);
  }

  /**
   * The end of the working day {@code days} working days from today (Monday to Friday): the due
   * date of work the models give a number of working days, e.g. {@code workingDaysAhead(1)} for a
   * call due by the end of the next working day.
   */
  public Date workingDaysAhead(int days) {
    if (days < 0 || days > 366) {
      // a model may name any number: one of two billion days would keep a job thread busy for hours
      throw new IllegalArgumentException("workingDaysAhead takes 0 to 366 working days, not " + days);
    }
    return at(workingDaysFromToday(days), END_OF_WORKING_DAY);
  }

  /**
   * Six months from today at 09:00. Not used by the current models (the review's dates come from
   * {@code carePlanSchedule}); kept because instances of the first CareCoordination versions call it.
   */
  public Date reviewDue() {
    return at(ReviewInterval.CHILD.latestReview(LocalDate.now(clock)), SCREENING_DUE);
  }

  private LocalDate workingDaysFromToday(int days) {
    return workingDays.after(LocalDate.now(clock), days);
  }

  private LocalDate nextMeetingDate(String sector) {
    return nextAfterToday(schedule.meetingDay(Sector.valueOf(sector)));
  }

  /** The next such weekday after today; on a bank holiday, the working day after it (the meeting or the clinic moves). */
  private LocalDate nextAfterToday(DayOfWeek day) {
    return workingDays.onOrAfter(LocalDate.now(clock).with(TemporalAdjusters.next(day)));
  }

  private Date at(LocalDate day, LocalTime time) {
    return Date.from(ZonedDateTime.of(day, time, clock.getZone()).toInstant());
  }
}

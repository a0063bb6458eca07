package org.carepath.carecoordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.carepath.calendar.WorkingDays;
import org.carepath.careplan.AgreedPlan;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.junit.jupiter.api.Test;

/** The timers of CareCoordination in UK local time, across the clock changes. */
class CarePlanScheduleTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  final CarePlans plans = mock(CarePlans.class);
  final CareCaseRepository cases = mock(CareCaseRepository.class);

  @Test
  void shouldDueTheReviewOnTheReviewDateAndStartItTwoWeeksBeforeInSummerTime() {
    // given a plan agreed in winter with its review in summer time
    plan(LocalDate.of(2027, 4, 15), Instant.parse("2026-11-22T10:00:00Z"));

    // then due 17:00 BST (16:00 UTC) on the day, and the task comes at 09:00 BST two weeks before
    assertThat(at("2026-11-22T12:00:00Z").reviewDue("R").toInstant()).isEqualTo(Instant.parse("2027-04-15T16:00:00Z"));
    assertThat(at("2026-11-22T12:00:00Z").reviewStarts("R").toInstant()).isEqualTo(Instant.parse("2027-04-01T08:00:00Z"));
  }

  @Test
  void shouldStartTheReviewAsManyDaysBeforeAsTheModelSays() {
    plan(LocalDate.of(2027, 4, 15), Instant.parse("2026-11-22T10:00:00Z"));

    // three weeks before, 09:00 BST
    assertThat(at("2026-11-22T12:00:00Z").reviewStarts("R", 21).toInstant()).isEqualTo(Instant.parse("2027-03-25T09:00:00Z"));
    assertThat(at("2026-11-22T12:00:00Z").reviewStarts("R", 14)).isEqualTo(at("2026-11-22T12:00:00Z").reviewStarts("R"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> at("2026-11-22T12:00:00Z").reviewStarts("R", 400))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldStartAReviewDueWithinTwoWeeksTomorrowMorning() {
    plan(LocalDate.of(2026, 11, 30), Instant.parse("2026-11-22T10:00:00Z"));

    assertThat(at("2026-11-22T12:00:00Z").reviewStarts("R").toInstant()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
  }

  @Test
  void shouldNeverReviewLaterThanSixMonthsAfterTheAgreement() {
    // given a review date beyond six months (agreed earlier, e.g. by a handover)
    plan(LocalDate.of(2027, 12, 1), Instant.parse("2026-11-22T10:00:00Z"));

    // then the review is due six months after the agreement, 17:00 BST
    assertThat(at("2026-11-22T12:00:00Z").reviewDue("R").toInstant()).isEqualTo(Instant.parse("2027-05-22T16:00:00Z"));
  }

  @Test
  void shouldReviewAnAdultsSupportPlanAtTheLatestTwelveMonthsAfterTheAgreement() {
    // given an adult's support plan with its review in eleven months, and one beyond twelve
    CareCase adult = mock(CareCase.class);
    when(adult.isAdult()).thenReturn(true);
    when(cases.findByReference("R")).thenReturn(Optional.of(adult));
    plan(LocalDate.of(2027, 10, 22), Instant.parse("2026-11-22T10:00:00Z"));
    assertThat(at("2026-11-22T12:00:00Z").reviewDue("R").toInstant()).as("its own date, not six months")
        .isEqualTo(Instant.parse("2027-10-22T16:00:00Z"));

    plan(LocalDate.of(2028, 1, 10), Instant.parse("2026-11-22T10:00:00Z"));
    assertThat(at("2026-11-22T12:00:00Z").reviewDue("R").toInstant()).isEqualTo(Instant.parse("2027-11-22T17:00:00Z"));
  }

  @Test
  void shouldFollowUpAtEightOnTheNextWorkingMorning() {
    // Friday afternoon -> Monday 08:00 GMT
    assertThat(at("2026-11-20T15:00:00Z").nextFollowUp().toInstant()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    // Monday 07:00 -> the same morning
    assertThat(at("2026-11-23T07:00:00Z").nextFollowUp().toInstant()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    // the Friday before the clocks go forward (29 March 2026) -> Monday 08:00 BST = 07:00 UTC
    assertThat(at("2026-03-27T09:00:00Z").nextFollowUp().toInstant()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    // the Friday before they go back (25 October 2026) -> Monday 08:00 GMT
    assertThat(at("2026-10-23T09:00:00Z").nextFollowUp().toInstant()).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
  }

  @Test
  void shouldFollowUpAfterTheBankHolidays() {
    // Christmas Eve 2026, a Thursday: Friday is Christmas Day, Monday the 28th Boxing Day's substitute
    assertThat(at("2026-12-24T15:00:00Z").nextFollowUp().toInstant()).isEqualTo(Instant.parse("2026-12-29T08:00:00Z"));
  }

  private void plan(LocalDate reviewDate, Instant agreedAt) {
    when(plans.latestAgreed("R")).thenReturn(Optional.of(new AgreedPlan("R", 1, agreedAt.atZone(LONDON).toLocalDate(),
        "SLT", "nina", reviewDate, List.of(), List.of(), List.of(), "nina", agreedAt)));
  }

  private CarePlanSchedule at(String now) {
    return new CarePlanSchedule(plans, cases, WorkingDays.englandAndWales(), Clock.fixed(Instant.parse(now), LONDON));
  }
}

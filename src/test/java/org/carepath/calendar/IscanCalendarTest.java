package org.carepath.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.carepath.casefile.Sector;
import org.junit.jupiter.api.Test;

class IscanCalendarTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final IscanSchedule SCHEDULE = new IscanSchedule(
      Map.of(Sector.NORTH, DayOfWeek.TUESDAY), Map.of(Sector.NORTH, DayOfWeek.THURSDAY), 2);

  @Test
  void shouldSkipTheWeekendWhenCountingWorkingDays() {
    // given a Friday afternoon
    IscanCalendar calendar = at("2026-11-20T15:00:00Z");

    // then
    assertThat(local(calendar.workingDaysAhead(1))).isEqualTo("2026-11-23T17:00Z[Europe/London]");
    assertThat(local(calendar.callRetryAt())).isEqualTo("2026-11-24T10:00Z[Europe/London]");
  }

  @Test
  void shouldSetTheMeetingInLocalTimeAcrossTheClockChange() {
    // given the Saturday before British Summer Time starts (29 March 2026)
    IscanCalendar calendar = at("2026-03-28T12:00:00Z");

    // then the Tuesday meeting is at 10:00 London time, 09:00 UTC
    assertThat(calendar.meetingDay("NORTH").toInstant()).isEqualTo(Instant.parse("2026-03-31T09:00:00Z"));
    assertThat(calendar.screeningDue("NORTH").toInstant()).isEqualTo(Instant.parse("2026-03-31T08:00:00Z"));
  }

  @Test
  void shouldNeverPutTheMeetingOnTheSameDay() {
    // given a Tuesday, the North meeting day
    IscanCalendar calendar = at("2026-11-24T08:00:00Z");

    // then the next meeting is a week later; the next IAP day two days later
    assertThat(local(calendar.meetingDay("NORTH"))).isEqualTo("2026-12-01T10:00Z[Europe/London]");
    assertThat(local(calendar.nextIapDay("NORTH"))).isEqualTo("2026-11-26T09:30Z[Europe/London]");
  }

  @Test
  void shouldCountTheBankHolidaysOfEnglandAndWalesOutOfEveryDueDate() {
    // Christmas Eve 2026, a Thursday: the 25th and the 28th (Boxing Day's substitute) are bank holidays
    IscanCalendar calendar = at("2026-12-24T12:00:00Z");

    assertThat(local(calendar.workingDaysAhead(1))).isEqualTo("2026-12-29T17:00Z[Europe/London]");
    assertThat(local(calendar.callRetryAt())).as("two working days").isEqualTo("2026-12-30T10:00Z[Europe/London]");
    // Maundy Thursday is a working day: the North's IAP day before Easter 2027 stays on it
    IscanCalendar beforeEaster = at("2027-03-23T12:00:00Z");
    assertThat(local(beforeEaster.nextIapDay("NORTH"))).isEqualTo("2027-03-25T09:30Z[Europe/London]");
  }

  @Test
  void shouldMoveAMeetingOrIapDayOffABankHoliday() {
    // the North's IAP day is a Thursday; in this schedule its meeting is a Tuesday. Christmas Day 2025 is a
    // Thursday: the IAP day moves to the next working day, Monday 29 December (Boxing Day is a Friday)
    IscanCalendar calendar = at("2025-12-22T12:00:00Z");

    assertThat(local(calendar.nextIapDay("NORTH"))).isEqualTo("2025-12-29T09:30Z[Europe/London]");
    assertThat(calendar.nextIapDate("NORTH")).isEqualTo("2025-12-29");
    assertThat(local(calendar.meetingDay("NORTH"))).as("Tuesday the 23rd is open").isEqualTo("2025-12-23T10:00Z[Europe/London]");
  }

  @Test
  void shouldDueTheNextReviewSixMonthsAhead() {
    IscanCalendar calendar = at("2026-11-22T12:00:00Z");

    assertThat(local(calendar.reviewDue())).isEqualTo("2027-05-22T09:00+01:00[Europe/London]");
  }

  private static IscanCalendar at(String instant) {
    return new IscanCalendar(SCHEDULE, WorkingDays.englandAndWales(), Clock.fixed(Instant.parse(instant), LONDON));
  }

  private static String local(Date date) {
    return ZonedDateTime.ofInstant(date.toInstant(), LONDON).toString();
  }
}

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
  void shouldDueTheNextReviewSixMonthsAhead() {
    IscanCalendar calendar = at("2026-11-22T12:00:00Z");

    assertThat(local(calendar.reviewDue())).isEqualTo("2027-05-22T09:00+01:00[Europe/London]");
  }

  private static IscanCalendar at(String instant) {
    return new IscanCalendar(SCHEDULE, Clock.fixed(Instant.parse(instant), LONDON));
  }

  private static String local(Date date) {
    return ZonedDateTime.ofInstant(date.toInstant(), LONDON).toString();
  }
}

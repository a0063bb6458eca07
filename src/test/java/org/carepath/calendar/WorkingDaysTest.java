package org.carepath.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  static final WorkingDays ENGLAND_AND_WALES = new WorkingDays(new CalendarProperties(null, null));

  @Test
  void shouldKnowTheBankHolidaysOfEnglandAndWalesWithSubstituteDays() {
    // gov.uk/bank-holidays, England and Wales, 2027: Christmas on a Saturday, Boxing Day on a Sunday
    assertThat(ENGLAND_AND_WALES.bankHolidays(2027)).containsExactlyInAnyOrder(
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
        LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
    assertThat(ENGLAND_AND_WALES.bankHolidays(2026)).contains(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
        LocalDate.of(2026, 8, 31)).doesNotContain(LocalDate.of(2026, 12, 26));
  }

  @Test
  void shouldCountNeitherWeekendsNorBankHolidays() {
    // Thursday 24 December 2026: Friday 25th and Monday 28th (Boxing Day's substitute) are bank holidays
    LocalDate christmasEve = LocalDate.of(2026, 12, 24);
    assertThat(ENGLAND_AND_WALES.after(christmasEve, 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    assertThat(ENGLAND_AND_WALES.after(christmasEve, 0)).isEqualTo(christmasEve);
    assertThat(ENGLAND_AND_WALES.onOrAfter(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 29));
    assertThat(ENGLAND_AND_WALES.between(christmasEve, LocalDate.of(2026, 12, 31))).isEqualTo(3);
    assertThat(ENGLAND_AND_WALES.between(christmasEve, christmasEve)).isZero();
    // an ordinary Friday to Monday
    assertThat(ENGLAND_AND_WALES.after(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void shouldSkipTheClosedDaysOfConfigurationToo() {
    WorkingDays closedOnTheSecond = new WorkingDays(new CalendarProperties("eng", List.of(LocalDate.of(2026, 12, 2))));

    assertThat(closedOnTheSecond.after(LocalDate.of(2026, 12, 1), 1)).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(closedOnTheSecond.isWorkingDay(LocalDate.of(2026, 12, 2))).isFalse();
  }

  @Test
  void shouldKnowScotlandsOwnWhenAskedFor() {
    WorkingDays scotland = new WorkingDays(new CalendarProperties("sct", null));

    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 1, 4))).as("2 January's substitute").isFalse();
    assertThat(ENGLAND_AND_WALES.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
  }

  @Test
  void shouldRefuseAnUnknownRegionAndAnAbsurdCount() {
    assertThatThrownBy(() -> new WorkingDays(new CalendarProperties("atlantis", null)))
        .hasMessageContaining("carepath.calendar.bank-holidays");
    assertThatThrownBy(() -> ENGLAND_AND_WALES.after(LocalDate.of(2026, 12, 1), 100_000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

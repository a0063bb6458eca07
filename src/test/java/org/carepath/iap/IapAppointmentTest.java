package org.carepath.iap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IapAppointmentTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Test
  void shouldReadTheBookingAsUkTimeAndInWords() {
    IapAppointment appointment = IapAppointment.from(form("2026-12-10", "14:30", "  Riverside Children's Centre "), TODAY);

    assertThat(appointment.at()).isEqualTo(Date.from(ZonedDateTime.parse("2026-12-10T14:30:00Z").toInstant()));
    assertThat(appointment.readable()).isEqualTo("Thursday 10 December 2026 at 14:30, Riverside Children's Centre");
    // in summer the UK is an hour ahead of UTC
    assertThat(IapAppointment.from(form("2027-06-10", "09:00", "Clinic"), TODAY).at())
        .isEqualTo(Date.from(ZonedDateTime.parse("2027-06-10T08:00:00Z").toInstant()));
  }

  @Test
  void shouldAcceptTodayAndEveryHalfHourFromNineToHalfPastFour() {
    assertThat(IapAppointment.SLOTS).hasSize(16).startsWith("09:00", "09:30").endsWith("16:00", "16:30");
    assertThat(IapAppointment.from(form("2026-12-07", "16:30", "Home visit"), TODAY).date()).isEqualTo(TODAY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "null       | 09:30 | Clinic | appointmentDate: give the day of the appointment",
      "10/12/2026 | 09:30 | Clinic | appointmentDate: not a date (day, month and year)",
      "2026-12-06 | 09:30 | Clinic | appointmentDate: the appointment cannot be in the past",
      "2027-12-08 | 09:30 | Clinic | appointmentDate: the appointment must be within a year from today",
      "2026-12-10 | 08:30 | Clinic | appointmentTime: choose a time between 09:00 and 16:30",
      "2026-12-10 | null  | Clinic | appointmentTime: choose a time between 09:00 and 16:30",
      "2026-12-10 | 09:30 | '  '   | appointmentPlace: say where the appointment is"})
  void shouldRefuseABookingNamingTheField(String date, String time, String place, String refusal) {
    assertThatThrownBy(() -> IapAppointment.from(form(date, time, place), TODAY))
        .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith(refusal);
  }

  @Test
  void shouldRefuseAPlaceLongerThanTheFormAllows() {
    assertThatThrownBy(() -> IapAppointment.from(form("2026-12-10", "09:30", "x".repeat(201)), TODAY))
        .hasMessage("appointmentPlace: at most 200 characters");
  }

  private static VariableScope form(String date, String time, String place) {
    VariableScope form = mock(VariableScope.class);
    when(form.getVariable("appointmentDate")).thenReturn(date);
    when(form.getVariable("appointmentTime")).thenReturn(time);
    when(form.getVariable("appointmentPlace")).thenReturn(place);
    return form;
  }
}

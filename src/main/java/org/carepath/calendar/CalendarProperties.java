package org.carepath.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code carepath.calendar}: whose bank holidays count ({@code eng}, the default, for England and
 * Wales, which share them; {@code wls}, {@code sct} or {@code nir} for another part of the UK), and days
 * the services are closed besides (a special bank holiday announced after the release of the holiday
 * library, say), as yyyy-mm-dd.
 */
@ConfigurationProperties("carepath.calendar")
record CalendarProperties(String bankHolidays, List<LocalDate> closedDays) {

  static final String ENGLAND_AND_WALES = "eng";

  CalendarProperties {
    bankHolidays = bankHolidays == null || bankHolidays.isBlank() ? ENGLAND_AND_WALES : bankHolidays.strip();
    closedDays = closedDays == null ? List.of() : List.copyOf(closedDays);
  }
}

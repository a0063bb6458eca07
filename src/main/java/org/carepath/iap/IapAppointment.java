package org.carepath.iap;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One booked IAP appointment, as the worker entered it on "Book IAP appointment": the day, a
 * half-hour slot of the working day and the place. Read from the form's variables
 * {@code appointmentDate} (yyyy-mm-dd, the form's date picker), {@code appointmentTime} (hh:mm) and
 * {@code appointmentPlace}; a wrong value is refused with a sentence naming the field.
 */
public record IapAppointment(LocalDate date, LocalTime time, String place) {

  static final String DATE = "appointmentDate";
  static final String TIME = "appointmentTime";
  static final String PLACE = "appointmentPlace";
  static final ZoneId UK = ZoneId.of("Europe/London");
  /** The slots the booking form offers: every half hour from 09:00 to 16:30. */
  static final List<String> SLOTS = IntStream.rangeClosed(18, 33)
      .mapToObj(half -> String.format("%02d:%02d", half / 2, half % 2 * 30)).toList();
  static final int LONGEST_PLACE = 200;
  /** The IAP runs over two to three months (seed 000): a booking further out than a year is a typing slip. */
  static final int FURTHEST_MONTHS = 12;

  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

  /** The appointment on the form, checked against today: refused when a field is missing or wrong. */
  public static IapAppointment from(VariableScope form, LocalDate today) {
    LocalDate date = date(form.getVariable(DATE));
    if (date.isBefore(today)) {
      throw refused(DATE, "the appointment cannot be in the past");
    }
    if (date.isAfter(today.plusMonths(FURTHEST_MONTHS))) {
      throw refused(DATE, "the appointment must be within a year from today");
    }
    Object time = form.getVariable(TIME);
    if (!(time instanceof String slot) || !SLOTS.contains(slot)) {
      throw refused(TIME, "choose a time between 09:00 and 16:30");
    }
    Object place = form.getVariable(PLACE);
    if (!(place instanceof String where) || where.isBlank()) {
      throw refused(PLACE, "say where the appointment is (the children's centre, the clinic or the family's home)");
    }
    if (where.strip().length() > LONGEST_PLACE) {
      throw refused(PLACE, "at most " + LONGEST_PLACE + " characters");
    }
    return new IapAppointment(date, LocalTime.parse(slot), where.strip());
  }

  /** When the appointment is, in UK time, as the engine stores a due date. */
  public Date at() {
    return Date.from(ZonedDateTime.of(date, time, UK).toInstant());
  }

  /** "Thursday 10 December 2026 at 09:30, Riverside Children's Centre". */
  public String readable() {
    return READABLE.format(date.atTime(time)) + ", " + place;
  }

  private static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(UK).toLocalDate();
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw refused(DATE, "not a date (day, month and year)");
      }
    }
    throw refused(DATE, "give the day of the appointment");
  }

  private static BadUserRequestException refused(String field, String why) {
    return new BadUserRequestException(field + ": " + why);
  }
}

package org.carepath.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one place that knows which days are working days: Monday to Friday, except the bank holidays of
 * England and Wales (from jollyday's UK calendar, substitute days included: when Christmas falls on a
 * Saturday the Monday is the holiday) and the closed days of configuration ({@link CalendarProperties}).
 * Every due date, retry, follow-up and overdue count of carepath counts with it.
 */
@Component
public class WorkingDays {

  /** The parts of the UK in jollyday's calendar: England, Wales, Scotland, Northern Ireland. */
  static final Set<String> REGIONS = Set.of("eng", "wls", "sct", "nir");
  /** A count of working days no model or setting needs more of: a year and a half. */
  static final int MOST_DAYS = 400;

  private final HolidayManager holidays;
  private final String region;
  private final Set<LocalDate> closedDays;
  private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();

  WorkingDays(CalendarProperties properties) {
    this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    this.region = properties.bankHolidays();
    this.closedDays = Set.copyOf(properties.closedDays());
    if (!REGIONS.contains(region)) {
      throw new IllegalStateException("carepath.calendar.bank-holidays: no bank holidays known for '" + region
          + "' (eng for England and Wales, wls, sct or nir)");
    }
  }

  /** England and Wales's bank holidays and no closed days: for tests and tools outside Spring. */
  public static WorkingDays englandAndWales() {
    return new WorkingDays(new CalendarProperties(null, null));
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !closedDays.contains(day) && !bankHolidays(day.getYear()).contains(day);
  }

  /** The {@code days}-th working day after {@code from} ({@code from} itself when 0). */
  public LocalDate after(LocalDate from, int days) {
    if (days < 0 || days > MOST_DAYS) {
      throw new IllegalArgumentException("working days are counted from 0 to " + MOST_DAYS + ", not " + days);
    }
    LocalDate day = from;
    for (int left = days; left > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** {@code day} if it is a working day, else the next working day. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate working = day;
    while (!isWorkingDay(working)) {
      working = working.plusDays(1);
    }
    return working;
  }

  /** How many working days lie after {@code from}, up to and including {@code to} (0 when {@code to} is not later). */
  public int between(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        days++;
      }
    }
    return days;
  }

  /** The bank holidays of the year, on the days they are taken. */
  public Set<LocalDate> bankHolidays(int year) {
    return bankHolidaysByYear.computeIfAbsent(year, y -> Set.copyOf(holidays.getHolidays(Year.of(y), region).stream()
        .filter(holiday -> holiday.getType() != HolidayType.OBSERVANCE)
        .map(holiday -> holiday.getObservedDate().orElse(holiday.getDate())).collect(Collectors.toCollection(HashSet::new))));
  }
}

package org.carepath.calendar;

import java.time.DayOfWeek;
import java.util.Map;
import org.carepath.casefile.Sector;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code carepath.iscan}: each sector's weekly meeting day and IAP day, and how many working days
 * pass before a family that did not answer is called again.
 */
@ConfigurationProperties("carepath.iscan")
record IscanSchedule(Map<Sector, DayOfWeek> meetingDays, Map<Sector, DayOfWeek> iapDays, Integer callRetryWorkingDays) {

  IscanSchedule {
    meetingDays = meetingDays == null ? Map.of() : meetingDays;
    iapDays = iapDays == null ? Map.of() : iapDays;
    callRetryWorkingDays = callRetryWorkingDays == null ? 2 : callRetryWorkingDays;
  }

  DayOfWeek meetingDay(Sector sector) {
    return meetingDays.getOrDefault(sector, DayOfWeek.TUESDAY);
  }

  DayOfWeek iapDay(Sector sector) {
    return iapDays.getOrDefault(sector, DayOfWeek.THURSDAY);
  }
}

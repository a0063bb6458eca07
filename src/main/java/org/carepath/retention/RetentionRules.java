package org.carepath.retention;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CaseOutcome;
import org.carepath.casefile.Pathway;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long closed cases are kept ({@code carepath.retention}): per pathway and outcome a period from the
 * day the case closed, and children's cases also until the child's birthday of {@code childrenUntilAge}.
 * An outcome without a period is never purged.
 */
@ConfigurationProperties("carepath.retention")
public record RetentionRules(boolean enabled, String cron, int childrenUntilAge, Map<CaseOutcome, Period> children,
    Map<CaseOutcome, Period> adults) {

  static final ZoneId UK = ZoneId.of("Europe/London");

  public RetentionRules {
    children = children == null ? Map.of() : Map.copyOf(children);
    adults = adults == null ? Map.of() : Map.copyOf(adults);
  }

  /** The period that applies to a closed case, if any. */
  Optional<Period> periodOf(CareCase careCase) {
    return careCase.getOutcome() == null ? Optional.empty()
        : Optional.ofNullable((careCase.getPathway() == Pathway.ADULT ? adults : children).get(careCase.getOutcome()));
  }

  /**
   * The first day the case may be purged: its period after the day it closed and, for a child, not
   * before the birthday of {@link #childrenUntilAge}; empty for an open case or an outcome kept for ever.
   */
  Optional<LocalDate> purgeFrom(CareCase careCase, LocalDate childBirthDate) {
    if (careCase.getStatus() != CareCase.Status.CLOSED || careCase.getClosedAt() == null) {
      return Optional.empty();
    }
    return periodOf(careCase).map(period -> {
      LocalDate after = LocalDate.ofInstant(careCase.getClosedAt(), UK).plus(period);
      if (careCase.getPathway() == Pathway.CHILDREN && childBirthDate != null && childrenUntilAge > 0) {
        LocalDate birthday = childBirthDate.plusYears(childrenUntilAge);
        return birthday.isAfter(after) ? birthday : after;
      }
      return after;
    });
  }

  /** The rule in words, for the audit line and the list of cases due. */
  String describe(CareCase careCase) {
    String period = periodOf(careCase).map(Period::toString).orElse("none");
    return careCase.getPathway() + " " + careCase.getOutcome() + ": " + period + " after closing"
        + (careCase.getPathway() == Pathway.CHILDREN && childrenUntilAge > 0 ? ", and until the child is " + childrenUntilAge : "");
  }
}

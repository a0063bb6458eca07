package org.carepath.casefile;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Human-readable case references such as {@code ISC-N-2026-00042}: service, sector, year of
 * referral and a number from a database sequence, so references are unique across a cluster.
 */
@Component
public class CaseReferences {

  private final CareCaseRepository cases;
  private final Clock clock;

  CaseReferences(CareCaseRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  public String next(Sector sector) {
    long number = cases.nextReferenceNumber();
    return String.format("ISC-%s-%d-%05d", sector.letter(), LocalDate.now(clock).getYear(), number);
  }

  /** {@code ADL-2026-00001}: adults' cases, numbered apart from children's. */
  public String nextAdult() {
    return String.format("ADL-%d-%05d", LocalDate.now(clock).getYear(), cases.nextAdultReferenceNumber());
  }
}

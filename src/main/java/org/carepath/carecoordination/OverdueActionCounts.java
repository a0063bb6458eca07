package org.carepath.carecoordination;

import java.time.Instant;
import java.util.Collection;
import org.carepath.casefile.CareCase;
import org.carepath.system.Chunks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many plan actions became overdue (escalated to the case manager, once each: {@code
 * action_follow_up.escalated_at}) in a period, for the flow report.
 */
@Service
public class OverdueActionCounts {

  private final ActionFollowUpRepository followUps;

  OverdueActionCounts(ActionFollowUpRepository followUps) {
    this.followUps = followUps;
  }

  @Transactional(readOnly = true)
  public long escalated(Collection<CareCase> cases, Instant from, Instant to) {
    return Chunks.of(cases).stream()
        .mapToLong(chunk -> followUps.countByCareCaseInAndEscalatedAtGreaterThanEqualAndEscalatedAtLessThan(chunk, from, to)).sum();
  }
}

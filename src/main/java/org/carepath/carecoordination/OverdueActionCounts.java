package org.carepath.carecoordination;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.carepath.casefile.CareCase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many plan actions became overdue (escalated to the case manager, once each: {@code
 * action_follow_up.escalated_at}) in a period, for the flow report.
 */
@Service
public class OverdueActionCounts {

  private static final int CHUNK = 500;

  private final ActionFollowUpRepository followUps;

  OverdueActionCounts(ActionFollowUpRepository followUps) {
    this.followUps = followUps;
  }

  @Transactional(readOnly = true)
  public long escalated(Collection<CareCase> cases, Instant from, Instant to) {
    List<CareCase> all = List.copyOf(cases);
    long count = 0;
    for (int i = 0; i < all.size(); i += CHUNK) {
      count += followUps.countByCareCaseInAndEscalatedAtGreaterThanEqualAndEscalatedAtLessThan(
          all.subList(i, Math.min(all.size(), i + CHUNK)), from, to);
    }
    return count;
  }
}

package org.carepath.casefile;

import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands an adult's case to another team or person and records it: each handoff is counted for the
 * service leads, and the case file says who holds the case now.
 */
@Service
public class CaseHandoffs {

  private final CareCaseRepository cases;
  private final CaseHandoffRepository handoffs;
  private final CaseRecord record;
  private final Clock clock;

  CaseHandoffs(CareCaseRepository cases, CaseHandoffRepository handoffs, CaseRecord record, Clock clock) {
    this.cases = cases;
    this.handoffs = handoffs;
    this.record = record;
    this.clock = clock;
  }

  /** The first holder of a new case (not a handoff). */
  @Transactional
  public void firstHolder(CareCase careCase, String holder, String by) {
    handoffs.save(new CaseHandoff(careCase, null, holder, "Contact received", by, clock.instant()));
  }

  /** Another team takes the case; nothing happens when it holds it already (a retried step). */
  @Transactional
  public void toTeam(String reference, String team, String reason, String by) {
    CareCase careCase = cases.getByReference(reference);
    String before = careCase.team();
    if (Objects.equals(before, team)) {
      return;
    }
    careCase.handTo(team);
    cases.save(careCase);
    handoffs.save(new CaseHandoff(careCase, before, team, reason, by, clock.instant()));
    record.add(careCase, CaseRecordEntry.Kind.NOTE, "Case handed to " + team, reason, by);
  }

  /** A person becomes the case's lead worker; nothing happens when they are already. */
  @Transactional
  public void toLeadWorker(String reference, String worker, String reason, String by) {
    CareCase careCase = cases.getByReference(reference);
    String before = careCase.getAllocatedWorker();
    if (Objects.equals(before, worker)) {
      return;
    }
    careCase.allocate(worker);
    cases.save(careCase);
    handoffs.save(new CaseHandoff(careCase, before == null ? careCase.team() : before, worker, reason, by,
        clock.instant()));
    record.add(careCase, CaseRecordEntry.Kind.NOTE, "Lead worker: " + worker, reason, by);
  }

  @Transactional(readOnly = true)
  public long count(CareCase careCase) {
    return handoffs.countByCareCaseAndFromHolderIsNotNull(careCase);
  }
}

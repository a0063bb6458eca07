package org.carepath.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit trail ({@code audit_event}); nothing here changes or removes a line. */
@Service
public class AuditTrail {

  private final AuditEventRepository events;
  private final Clock clock;

  AuditTrail(AuditEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * A request to {@code /api/**}, once its answer is known. Its own transaction: the request's work
   * has committed or rolled back by then, and a rolled-back request is recorded all the same.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordRequest(AuditEvent event) {
    events.save(event);
  }

  /**
   * A task completion, inside the engine's transaction: recorded if and only if the completion
   * commits. A completion the engine refuses leaves no line here (it is not a completion).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordTaskCompletion(String userId, String caseReference, String taskKey, String detail) {
    events.save(new AuditEvent(now(), userId, caseReference, "TASK_COMPLETED " + taskKey, null, null,
        AuditOutcome.ALLOWED, null, detail));
  }

  /**
   * A case purged at the end of its retention period, inside the purge's transaction: what was removed and
   * why, no personal data. The case's earlier lines stay: the trail is append-only (PostgreSQL refuses a
   * delete) and holds no personal data, only who did what when under a reference that now points at nothing.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordRetentionPurge(String caseReference, String detail) {
    events.save(new AuditEvent(now(), "carepath", caseReference, "RETENTION_PURGE", null, null, AuditOutcome.ALLOWED, null,
        detail));
  }

  /** Whether this user opened the case: submitted its referral or recorded its contact (201), as the trail shows. */
  @Transactional(readOnly = true)
  public boolean opened(String userId, String caseReference) {
    return userId != null && events.existsByUserIdAndCaseReferenceAndActionInAndStatus(userId, caseReference,
        List.of("POST /api/referrals", "POST /api/contacts"), 201);
  }

  /** The trail of a case, newest first. */
  @Transactional(readOnly = true)
  public List<AuditEvent> ofCase(String reference) {
    return events.findByCaseReferenceOrderByOccurredAtDescIdDesc(reference);
  }
}

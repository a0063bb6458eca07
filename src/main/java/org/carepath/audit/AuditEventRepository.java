package org.carepath.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only on purpose: saves and finds, nothing that updates or deletes. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

  AuditEvent save(AuditEvent event);

  List<AuditEvent> findByCaseReferenceOrderByOccurredAtDescIdDesc(String caseReference);

  boolean existsByUserIdAndCaseReferenceAndActionInAndStatus(String userId, String caseReference,
      java.util.Collection<String> actions, Integer status);
}

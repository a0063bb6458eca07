package org.carepath.audit;

import java.time.Instant;
import java.util.List;
import org.carepath.identity.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/audit?reference=...}: the audit trail of a case, newest first, for service leads
 * only. Reading it is itself recorded against the case, denied attempts included.
 */
@RestController
class AuditController {

  record AuditEntry(Instant occurredAt, String userId, String caseReference, String action, String method,
      String path, String outcome, Integer status, String detail) {

    static AuditEntry of(AuditEvent e) {
      return new AuditEntry(e.getOccurredAt(), e.getUserId(), e.getCaseReference(), e.getAction(), e.getHttpMethod(),
          e.getPath(), e.getOutcome().name(), e.getStatus(), e.getDetail());
    }
  }

  private final AuditTrail trail;
  private final CurrentStaff staff;

  AuditController(AuditTrail trail, CurrentStaff staff) {
    this.trail = trail;
    this.staff = staff;
  }

  @GetMapping("/api/audit")
  List<AuditEntry> ofCase(@RequestParam(required = false) String reference) {
    String wanted = reference == null ? "" : reference.strip();
    AuditedRequest.concernsCase(wanted.isEmpty() ? null : wanted);
    staff.requireReports("The audit trail is");
    if (wanted.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reference is required");
    }
    return trail.ofCase(wanted).stream().map(AuditEntry::of).toList();
  }
}

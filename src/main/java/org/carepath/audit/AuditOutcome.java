package org.carepath.audit;

/** How an audited request or task completion ended. */
enum AuditOutcome {
  /** Done: a 2xx answer, or a task completed. */
  ALLOWED,
  /** Not who may: 401, 403, and 404 for a case (unknown and outside the caller's sectors look the same). */
  DENIED,
  /** Refused for what was asked: any other 4xx (invalid input, a conflict, a closed case). */
  REFUSED,
  /** carepath failed: 5xx. */
  FAILED;

  static AuditOutcome of(int status, boolean onCase) {
    if (status >= 500) {
      return FAILED;
    }
    if (status == 401 || status == 403 || status == 404 && onCase) {
      return DENIED;
    }
    return status >= 400 ? REFUSED : ALLOWED;
  }
}

package org.carepath.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A legal hold on a case (a row of {@code legal_hold}): the purge leaves the case alone while it stands. */
@Entity
@Table(name = "legal_hold")
class LegalHold {

  @Id
  @Column(name = "case_id")
  private Long caseId;

  private String reason;
  @Column(name = "placed_by")
  private String placedBy;
  @Column(name = "placed_at")
  private Instant placedAt;

  protected LegalHold() {}

  LegalHold(Long caseId, String reason, String placedBy, Instant placedAt) {
    this.caseId = caseId;
    this.reason = reason;
    this.placedBy = placedBy;
    this.placedAt = placedAt;
  }

  Long getCaseId() { return caseId; }
  String getReason() { return reason; }
  String getPlacedBy() { return placedBy; }
  Instant getPlacedAt() { return placedAt; }
}

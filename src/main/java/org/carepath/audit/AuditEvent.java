package org.carepath.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit trail: who did what to which case, when, and how it ended. Immutable: no
 * setters, and Hibernate never writes an update for it ({@link Immutable}).
 */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

  static final int LONGEST_PATH = 500;
  static final int LONGEST_DETAIL = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(updatable = false)
  private String userId;

  @Column(updatable = false)
  private String caseReference;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(updatable = false)
  private String httpMethod;

  @Column(updatable = false)
  private String path;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditOutcome outcome;

  @Column(updatable = false)
  private Integer status;

  @Column(updatable = false)
  private String detail;

  protected AuditEvent() {}

  AuditEvent(Instant occurredAt, String userId, String caseReference, String action, String httpMethod, String path,
      AuditOutcome outcome, Integer status, String detail) {
    this.occurredAt = occurredAt;
    this.userId = userId;
    this.caseReference = caseReference;
    this.action = shortened(action, LONGEST_DETAIL);
    this.httpMethod = httpMethod;
    this.path = shortened(path, LONGEST_PATH);
    this.outcome = outcome;
    this.status = status;
    this.detail = shortened(detail, LONGEST_DETAIL);
  }

  private static String shortened(String value, int longest) {
    return value == null || value.length() <= longest ? value : value.substring(0, longest - 1) + "…";
  }

  Long getId() {
    return id;
  }

  Instant getOccurredAt() {
    return occurredAt;
  }

  String getUserId() {
    return userId;
  }

  String getCaseReference() {
    return caseReference;
  }

  String getAction() {
    return action;
  }

  String getHttpMethod() {
    return httpMethod;
  }

  String getPath() {
    return path;
  }

  AuditOutcome getOutcome() {
    return outcome;
  }

  Integer getStatus() {
    return status;
  }

  String getDetail() {
    return detail;
  }

  @Override
  public String toString() {
    return "AuditEvent[" + occurredAt + " user=" + userId + " case=" + caseReference + " " + action + " path=" + path
        + " " + outcome + " " + status + (detail == null ? "" : " " + detail) + "]";
  }
}

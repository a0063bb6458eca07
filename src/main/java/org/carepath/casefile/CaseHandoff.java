package org.carepath.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of the team or person holding a case ("as few handoffs as possible", seed 002). The
 * first holder of a case is recorded too, with no one before it; it is not counted as a handoff.
 */
@Entity
@Table(name = "case_handoff")
public class CaseHandoff {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  private String fromHolder;
  private String toHolder;
  private String reason;
  private String handedBy;
  private Instant handedAt;

  protected CaseHandoff() {}

  CaseHandoff(CareCase careCase, String fromHolder, String toHolder, String reason, String handedBy, Instant handedAt) {
    this.careCase = careCase;
    this.fromHolder = fromHolder;
    this.toHolder = toHolder;
    this.reason = reason;
    this.handedBy = handedBy;
    this.handedAt = handedAt;
  }

  public String getFromHolder() { return fromHolder; }
  public String getToHolder() { return toHolder; }
  public String getReason() { return reason; }
  public String getHandedBy() { return handedBy; }
  public Instant getHandedAt() { return handedAt; }
}

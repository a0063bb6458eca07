package org.carepath.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A case: one child's journey, identified by its reference (the business key of its processes). */
@Entity
@Table(name = "care_case")
public class CareCase {

  public enum Status { OPEN, CLOSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String reference;

  private String externalReference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sector sector;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  @Enumerated(EnumType.STRING)
  private CaseOutcome outcome;

  private String allocatedWorker;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant closedAt;

  @Version private long version;

  protected CareCase() {}

  public CareCase(String reference, String externalReference, Sector sector, Instant createdAt) {
    this.reference = reference;
    this.externalReference = externalReference;
    this.sector = sector;
    this.createdAt = createdAt;
  }

  /** Closes the case; closing a closed case again keeps the first outcome. */
  public void close(CaseOutcome outcome, Instant at) {
    if (status == Status.CLOSED) {
      return;
    }
    this.status = Status.CLOSED;
    this.outcome = outcome;
    this.closedAt = at;
  }

  /** Opens a closed case again, e.g. when it is brought back to the ISCAN meeting. */
  public void reopen() {
    this.status = Status.OPEN;
    this.outcome = null;
    this.closedAt = null;
  }

  public void allocate(String worker) {
    this.allocatedWorker = worker;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getExternalReference() { return externalReference; }
  public Sector getSector() { return sector; }
  public Status getStatus() { return status; }
  public CaseOutcome getOutcome() { return outcome; }
  public String getAllocatedWorker() { return allocatedWorker; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getClosedAt() { return closedAt; }
}

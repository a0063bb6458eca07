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

/**
 * A case: one child's or one adult's journey, identified by its reference (the business key of its
 * processes). A child's case belongs to its sector's ISCAN team; an adult's to the team holding it.
 */
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
  private Sector sector;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Pathway pathway = Pathway.CHILDREN;

  /** Adults: the group of the team holding the case ({@code cst-alnwick}, {@code complex-needs-team}...). */
  private String team;

  /** Adults: the id of the person's own care and support team ({@code alnwick}), once known. */
  private String supportTeam;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  @Enumerated(EnumType.STRING)
  private CaseOutcome outcome;

  private String allocatedWorker;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant closedAt;

  /** The family's or person's language for letters and the pages they open (design 4d). */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Language preferredLanguage = Language.ENGLISH;

  @Version private long version;

  protected CareCase() {}

  public CareCase(String reference, String externalReference, Sector sector, Instant createdAt) {
    this.reference = reference;
    this.externalReference = externalReference;
    this.sector = sector;
    this.createdAt = createdAt;
  }

  /** An adult's case, held first by {@code team} (the contact centre when no team owns the GP practice). */
  public static CareCase adult(String reference, String externalReference, String team, String supportTeam,
      Instant createdAt) {
    CareCase careCase = new CareCase(reference, externalReference, null, createdAt);
    careCase.pathway = Pathway.ADULT;
    careCase.team = team;
    careCase.supportTeam = supportTeam;
    return careCase;
  }

  /** Adults: the contact centre allocated the person's care and support team. */
  public void allocateSupportTeam(String supportTeam) {
    this.supportTeam = supportTeam;
  }

  /** The group whose members work on the case: the sector's ISCAN team, or the adult team holding it. */
  public String team() {
    return sector != null ? sector.team() : team;
  }

  /** Adults: another team takes the case over (a handoff, see {@code CaseHandoffs}). */
  public void handTo(String team) {
    if (pathway != Pathway.ADULT) {
      throw new IllegalStateException("A child's case stays with its sector");
    }
    this.team = team;
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

  /** Records the language the family or person asked for; null keeps English. */
  public void prefer(Language language) {
    this.preferredLanguage = Language.orEnglish(language);
  }

  public void allocate(String worker) {
    this.allocatedWorker = worker;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getExternalReference() { return externalReference; }
  public Sector getSector() { return sector; }
  public Pathway getPathway() { return pathway; }
  public boolean isAdult() { return pathway == Pathway.ADULT; }
  public String getSupportTeam() { return supportTeam; }
  public Status getStatus() { return status; }
  public CaseOutcome getOutcome() { return outcome; }
  public String getAllocatedWorker() { return allocatedWorker; }
  public Instant getCreatedAt() { return createdAt; }
  public Language getPreferredLanguage() { return preferredLanguage; }
  public Instant getClosedAt() { return closedAt; }
}

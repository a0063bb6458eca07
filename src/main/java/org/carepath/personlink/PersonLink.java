package org.carepath.personlink;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.carepath.casefile.CareCase;

/** A link sent to a person: what it opens, for whom, until when, and when it was used (once). */
@Entity
@Table(name = "person_link")
public class PersonLink {

  /** What the link opens. */
  public enum Purpose { SELF_ASSESSMENT, RECORD }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Purpose purpose;

  @Column(nullable = false, unique = true)
  private String requestKey;

  @Column(nullable = false, unique = true)
  private String token;

  @Column(nullable = false)
  private String recipientName;

  @Column(nullable = false)
  private String recipientEmail;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant expiresAt;

  private Instant usedAt;

  @Column(nullable = false)
  private int failedAttempts;

  @Version private long version;

  protected PersonLink() {}

  PersonLink(CareCase careCase, Purpose purpose, String requestKey, String token, String recipientName,
      String recipientEmail, Instant createdAt, Instant expiresAt) {
    this.careCase = careCase;
    this.purpose = purpose;
    this.requestKey = requestKey;
    this.token = token;
    this.recipientName = recipientName;
    this.recipientEmail = recipientEmail;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public CareCase getCareCase() { return careCase; }
  public Purpose getPurpose() { return purpose; }
  public String getToken() { return token; }
  public String getRecipientName() { return recipientName; }
  public String getRecipientEmail() { return recipientEmail; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getExpiresAt() { return expiresAt; }
  public Instant getUsedAt() { return usedAt; }
  public int getFailedAttempts() { return failedAttempts; }
}

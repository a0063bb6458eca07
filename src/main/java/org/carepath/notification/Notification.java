package org.carepath.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.carepath.casefile.CareCase;

/** One letter sent by mail: to whom, what, and whether it went. One row per letter of a process step. */
@Entity
@Table(name = "notification")
public class Notification {

  public enum Status { PENDING, SENDING, SENT, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Column(nullable = false, unique = true)
  private String idempotencyKey;

  private String template;
  private String recipients;
  private String subject;
  private String body;
  /** The letter's language, as its {@code Content-Language} header says it. */
  private String contentLanguage = "en-GB";

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Status status = Status.PENDING;

  private int attempts;
  private String lastError;
  private Instant createdAt;
  private Instant sentAt;
  private Instant sendingUntil;

  @Version private long version;

  protected Notification() {}

  Notification(CareCase careCase, String idempotencyKey, Letter letter, Instant createdAt) {
    this.careCase = careCase;
    this.idempotencyKey = idempotencyKey;
    this.template = letter.template();
    this.recipients = String.join(",", letter.recipients());
    this.subject = letter.subject();
    this.body = letter.html();
    this.contentLanguage = letter.language();
    this.createdAt = createdAt;
  }

  /**
   * Claims the letter for one attempt until {@code now + lease}. Refused while another attempt's claim
   * is still running: that attempt may be handing the very same letter to the mail server.
   */
  void claim(Instant now, java.time.Duration lease) {
    if (status == Status.SENDING && sendingUntil != null && sendingUntil.isAfter(now)) {
      throw new LetterBeingSentException(template, careCase.getReference(), sendingUntil);
    }
    status = Status.SENDING;
    sendingUntil = now.plus(lease);
    attempts++;
  }

  void failed(String error) {
    status = Status.FAILED;
    sendingUntil = null;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
  }

  void sent(Instant at) {
    status = Status.SENT;
    sentAt = at;
    sendingUntil = null;
    lastError = null;
  }

  /**
   * The letter's Message-ID, the same at every attempt on every node: should a letter ever reach the
   * mail server twice (a node that dies between the server's acceptance and the SENT record), the two
   * copies are one message to mail systems that recognise repeated Message-IDs.
   */
  String messageId(String domain) {
    String digest = java.util.HexFormat.of().formatHex(sha256(idempotencyKey)).substring(0, 16);
    return "<letter." + id + "." + digest + "@" + domain + ">";
  }

  private static byte[] sha256(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public CareCase getCareCase() { return careCase; }
  public String getTemplate() { return template; }
  public String getRecipients() { return recipients; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public String getContentLanguage() { return contentLanguage; }
  public Status getStatus() { return status; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
  public Instant getSentAt() { return sentAt; }
  public Instant getCreatedAt() { return createdAt; }
}

package org.carepath.casefile;

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
import java.time.Instant;

/** One item on the case file: a letter, a decision, a report or a note. Never changed once written. */
@Entity
@Table(name = "case_record_entry")
public class CaseRecordEntry {

  public enum Kind { REFERRAL, CONTACT, DECISION, LETTER, REPORT, NOTE, PLAN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String title;

  private String body;

  @Column(nullable = false)
  private String author;

  @Column(nullable = false)
  private Instant createdAt;

  /** The column's length. */
  public static final int TITLE_LENGTH = 200;

  protected CaseRecordEntry() {}

  public CaseRecordEntry(CareCase careCase, Kind kind, String title, String body, String author, Instant at) {
    this.careCase = careCase;
    this.kind = kind;
    this.title = abbreviated(title);
    this.body = body;
    this.author = author;
    this.createdAt = at;
  }

  /**
   * A title names people and agencies as given (a referrer and organisation of 200 characters each, an
   * agency of 200): beyond the column's 200 characters it ends in "…"; the full text stays in its record.
   */
  public static String abbreviated(String title) {
    if (title == null || title.length() <= TITLE_LENGTH) {
      return title;
    }
    int end = TITLE_LENGTH - 1;
    if (Character.isHighSurrogate(title.charAt(end - 1))) {
      end--;
    }
    return title.substring(0, end) + "…";
  }

  /** The title of the note a team learning review files (the sector's first five cases). */
  public static final String LEARNING_REVIEW = "Team learning review";

  public CareCase getCareCase() { return careCase; }
  public Kind getKind() { return kind; }
  public String getTitle() { return title; }
  public String getBody() { return body; }
  public String getAuthor() { return author; }
  public Instant getCreatedAt() { return createdAt; }
}

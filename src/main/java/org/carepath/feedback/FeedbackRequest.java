package org.carepath.feedback;

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
import org.carepath.casefile.Language;

/** One respondent's feedback on a case: asked for by mail, answered once through the link's token. */
@Entity
@Table(name = "feedback_request")
class FeedbackRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Column(nullable = false, unique = true)
  private String requestKey;

  @Column(nullable = false, unique = true)
  private String token;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Respondent.Role respondentRole;

  @Column(nullable = false)
  private String respondentName;

  @Column(nullable = false)
  private String respondentEmail;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant answeredAt;
  private Integer score;
  private String comment;

  @Version private long version;

  protected FeedbackRequest() {}

  FeedbackRequest(CareCase careCase, String requestKey, String token, Respondent respondent, Instant createdAt) {
    this.careCase = careCase;
    this.requestKey = requestKey;
    this.token = token;
    this.respondentRole = respondent.role();
    this.respondentName = respondent.name();
    this.respondentEmail = respondent.email();
    this.createdAt = createdAt;
  }

  /** The language of the request's mail and page: the family's own; a professional's is English. */
  Language language() {
    return respondentRole == Respondent.Role.FAMILY ? careCase.getPreferredLanguage() : Language.ENGLISH;
  }

  boolean isAnswered() {
    return answeredAt != null;
  }

  CareCase getCareCase() { return careCase; }
  String getToken() { return token; }
  Respondent.Role getRespondentRole() { return respondentRole; }
  String getRespondentName() { return respondentName; }
  String getRespondentEmail() { return respondentEmail; }
  Instant getCreatedAt() { return createdAt; }
  Instant getAnsweredAt() { return answeredAt; }
  Integer getScore() { return score; }
  String getComment() { return comment; }
}

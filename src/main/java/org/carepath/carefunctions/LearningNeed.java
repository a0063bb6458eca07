package org.carepath.carefunctions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learning need found for one function, in an organisation or a role (appendix 3). */
@Entity
@Table(name = "learning_need")
class LearningNeed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String organisation;

  @Column(nullable = false)
  private String role;

  @Enumerated(EnumType.STRING)
  @Column(name = "function_code", nullable = false)
  private CareFunction function;

  @Column(nullable = false)
  private String need;

  private String activity;
  private String comment;

  @Column(nullable = false)
  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  protected LearningNeed() {}

  LearningNeed(String organisation, String role, CareFunction function, String need, String activity, String comment,
      String recordedBy, Instant recordedAt) {
    this.organisation = organisation;
    this.role = role;
    this.function = function;
    this.need = need;
    this.activity = activity;
    this.comment = comment;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  Long getId() { return id; }
  String getOrganisation() { return organisation; }
  String getRole() { return role; }
  CareFunction getFunction() { return function; }
  String getNeed() { return need; }
  String getActivity() { return activity; }
  String getComment() { return comment; }
  String getRecordedBy() { return recordedBy; }
  Instant getRecordedAt() { return recordedAt; }
}

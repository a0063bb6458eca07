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

/** One organisation (or one role in it) delivers one function of coordinating care. */
@Entity
@Table(name = "function_delivery")
class FunctionDelivery {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String organisation;

  /** Empty for the organisation as a whole. */
  @Column(nullable = false)
  private String role;

  @Enumerated(EnumType.STRING)
  @Column(name = "function_code", nullable = false)
  private CareFunction function;

  @Column(nullable = false)
  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  protected FunctionDelivery() {}

  FunctionDelivery(String organisation, String role, CareFunction function, String recordedBy, Instant recordedAt) {
    this.organisation = organisation;
    this.role = role;
    this.function = function;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  String getOrganisation() { return organisation; }
  String getRole() { return role; }
  CareFunction getFunction() { return function; }
}

package org.carepath.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.carepath.casefile.CareCase;

/**
 * One record of an agency's consent on a case (a row of {@code agency_consent}): given or withdrawn, by
 * whom, until when, recorded by whom and when. Never changed: a change of mind is the next record.
 */
@Entity
@Table(name = "agency_consent")
class AgencyConsent {

  /** What the consent is for. Today one purpose: receiving the care plan and letters about it. */
  enum Purpose { SHARE_CARE_PLAN }

  /** Where it was recorded: through the consent API, or by saving the care plan with the agency's box ticked or not. */
  enum Source { API, CARE_PLAN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  private String agency;
  @Column(name = "agency_key")
  private String agencyKey;
  @Enumerated(EnumType.STRING)
  private Purpose purpose;
  private boolean granted;
  @Column(name = "consented_by")
  private String consentedBy;
  @Column(name = "valid_until")
  private LocalDate validUntil;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;
  @Enumerated(EnumType.STRING)
  private Source source;

  protected AgencyConsent() {}

  AgencyConsent(CareCase careCase, String agency, boolean granted, String consentedBy, LocalDate validUntil,
      String recordedBy, Instant recordedAt, Source source) {
    this.careCase = careCase;
    this.agency = agency;
    this.agencyKey = keyOf(agency);
    this.purpose = Purpose.SHARE_CARE_PLAN;
    this.granted = granted;
    this.consentedBy = consentedBy;
    this.validUntil = validUntil;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.source = source;
  }

  /** An agency is known by its name, whatever its case and spacing. */
  static String keyOf(String agency) {
    return agency.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Whether this record lets the agency receive the plan on {@code day}: given, and not past its end. */
  boolean allowsOn(LocalDate day) {
    return granted && (validUntil == null || !day.isAfter(validUntil));
  }

  Long getId() { return id; }
  String getAgency() { return agency; }
  Purpose getPurpose() { return purpose; }
  boolean isGranted() { return granted; }
  String getConsentedBy() { return consentedBy; }
  LocalDate getValidUntil() { return validUntil; }
  String getRecordedBy() { return recordedBy; }
  Instant getRecordedAt() { return recordedAt; }
  Source getSource() { return source; }
}

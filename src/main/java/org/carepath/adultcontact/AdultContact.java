package org.carepath.adultcontact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.carepath.casefile.CareCase;

/** An adult's first contact with the front door: told once, read by every step after it. */
@Entity
@Table(name = "adult_contact")
public class AdultContact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private String givenName;
  private String familyName;
  private LocalDate dateOfBirth;
  private String nhsNumber;
  private String postcode;
  private String phone;
  private String email;
  private String gpPracticeCode;
  private String carerName;
  private String carerRelationship;
  private String carerPhone;
  private String carerEmail;
  private String referrerName;
  private String referrerOrganisation;
  private String referrerEmail;
  private String reason;
  private String safeguardingConcern;
  private boolean allegesCrime;
  private boolean serviceFailure;
  private boolean consentToShare;
  private Instant receivedAt;
  private String recordedBy;

  protected AdultContact() {}

  AdultContact(CareCase careCase, ContactRequest request, String recordedBy, Instant receivedAt) {
    this.careCase = careCase;
    this.channel = request.channel();
    var person = request.person();
    this.givenName = person.givenName().strip();
    this.familyName = person.familyName().strip();
    this.dateOfBirth = person.dateOfBirth();
    this.nhsNumber = person.nhsNumber();
    this.postcode = person.postcode().strip().toUpperCase(Locale.ROOT);
    this.phone = person.phone().strip();
    this.email = blankToNull(person.email());
    this.gpPracticeCode = request.practiceCode();
    if (request.carer() != null) {
      this.carerName = request.carer().name().strip();
      this.carerRelationship = request.carer().relationship().strip();
      this.carerPhone = blankToNull(request.carer().phone());
      this.carerEmail = blankToNull(request.carer().email());
    }
    if (request.referrer() != null) {
      this.referrerName = request.referrer().name().strip();
      this.referrerOrganisation = request.referrer().organisation().strip();
      this.referrerEmail = blankToNull(request.referrer().email());
    }
    this.reason = request.reason().strip();
    if (request.safeguarding() != null) {
      this.safeguardingConcern = request.safeguarding().description().strip();
      this.allegesCrime = request.safeguarding().allegesCrime();
      this.serviceFailure = request.safeguarding().serviceFailure();
    }
    this.consentToShare = request.consentToShare();
    this.recordedBy = recordedBy;
    this.receivedAt = receivedAt;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String personName() {
    return givenName + " " + familyName;
  }

  public int ageOn(LocalDate day) {
    return Period.between(dateOfBirth, day).getYears();
  }

  /** A concern that alleges a crime or a serious service failure: an enquiry, never the local team's. */
  public boolean needsSafeguardingEnquiry() {
    return safeguardingConcern != null && (allegesCrime || serviceFailure);
  }

  public CareCase getCareCase() { return careCase; }
  public Channel getChannel() { return channel; }
  public String getGivenName() { return givenName; }
  public String getFamilyName() { return familyName; }
  public LocalDate getDateOfBirth() { return dateOfBirth; }
  public String getNhsNumber() { return nhsNumber; }
  public String getPostcode() { return postcode; }
  public String getPhone() { return phone; }
  public String getEmail() { return email; }
  public String getGpPracticeCode() { return gpPracticeCode; }
  public String getCarerName() { return carerName; }
  public String getCarerRelationship() { return carerRelationship; }
  public String getCarerPhone() { return carerPhone; }
  public String getCarerEmail() { return carerEmail; }
  public String getReferrerName() { return referrerName; }
  public String getReferrerOrganisation() { return referrerOrganisation; }
  public String getReferrerEmail() { return referrerEmail; }
  public String getReason() { return reason; }
  public String getSafeguardingConcern() { return safeguardingConcern; }
  public boolean isAllegesCrime() { return allegesCrime; }
  public boolean isServiceFailure() { return serviceFailure; }
  public boolean isConsentToShare() { return consentToShare; }
  public Instant getReceivedAt() { return receivedAt; }
  public String getRecordedBy() { return recordedBy; }
}

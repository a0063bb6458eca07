package org.carepath.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.carepath.casefile.CareCase;

/** What the referrer told us, once: the child, the family, the referrer, the GP and the needs. */
@Entity
@Table(name = "referral")
public class Referral {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Column(name = "child_given_name") private String childGivenName;
  @Column(name = "child_family_name") private String childFamilyName;
  @Column(name = "child_date_of_birth") private LocalDate childDateOfBirth;
  @Column(name = "child_nhs_number") private String childNhsNumber;
  @Column(name = "child_postcode") private String childPostcode;
  private String parentName;
  private String parentPhone;
  private String parentEmail;
  private String referrerName;
  private String referrerRole;
  private String referrerOrganisation;
  private String referrerEmail;
  private String gpName;
  private String gpPractice;
  private String gpEmail;
  private String developmentalNeeds;
  private boolean asdAssessmentRequested;
  private boolean adhdAssessmentRequested;
  private String agenciesInvolved;
  private String reason;
  private Instant receivedAt;

  protected Referral() {}

  Referral(CareCase careCase, ReferralRequest request, Instant receivedAt) {
    this.careCase = careCase;
    var child = request.child();
    this.childGivenName = child.givenName().strip();
    this.childFamilyName = child.familyName().strip();
    this.childDateOfBirth = child.dateOfBirth();
    this.childNhsNumber = child.nhsNumber();
    this.childPostcode = child.postcode().strip().toUpperCase(java.util.Locale.ROOT);
    this.parentName = request.parentCarer().name().strip();
    this.parentPhone = request.parentCarer().phone().strip();
    this.parentEmail = request.parentCarer().email();
    this.referrerName = request.referrer().name().strip();
    this.referrerRole = request.referrer().role().strip();
    this.referrerOrganisation = request.referrer().organisation().strip();
    this.referrerEmail = request.referrer().email();
    this.gpName = request.gp().name().strip();
    this.gpPractice = request.gp().practice().strip();
    this.gpEmail = request.gp().email();
    this.developmentalNeeds = String.join(",", request.developmentalNeeds());
    this.asdAssessmentRequested = Boolean.TRUE.equals(request.asdAssessmentRequested());
    this.adhdAssessmentRequested = Boolean.TRUE.equals(request.adhdAssessmentRequested());
    this.agenciesInvolved = String.join("\n", request.agenciesInvolvedOrEmpty());
    this.reason = request.reason().strip();
    this.receivedAt = receivedAt;
  }

  public String childName() { return childGivenName + " " + childFamilyName; }

  public int childAgeOn(LocalDate day) { return Period.between(childDateOfBirth, day).getYears(); }

  /** The GP referred the child themselves (then the GP gets no copy of the outcome letter). */
  public boolean referredByGp() { return referrerEmail.equalsIgnoreCase(gpEmail); }

  public CareCase getCareCase() { return careCase; }
  public String getChildGivenName() { return childGivenName; }
  public String getChildFamilyName() { return childFamilyName; }
  public LocalDate getChildDateOfBirth() { return childDateOfBirth; }
  public String getChildNhsNumber() { return childNhsNumber; }
  public String getChildPostcode() { return childPostcode; }
  public String getParentName() { return parentName; }
  public String getParentPhone() { return parentPhone; }
  public String getParentEmail() { return parentEmail; }
  public String getReferrerName() { return referrerName; }
  public String getReferrerRole() { return referrerRole; }
  public String getReferrerOrganisation() { return referrerOrganisation; }
  public String getReferrerEmail() { return referrerEmail; }
  public String getGpName() { return gpName; }
  public String getGpPractice() { return gpPractice; }
  public String getGpEmail() { return gpEmail; }
  public String getDevelopmentalNeeds() { return developmentalNeeds; }
  public boolean isAsdAssessmentRequested() { return asdAssessmentRequested; }
  public boolean isAdhdAssessmentRequested() { return adhdAssessmentRequested; }
  public String getAgenciesInvolved() { return agenciesInvolved; }
  public String getReason() { return reason; }
  public Instant getReceivedAt() { return receivedAt; }
}

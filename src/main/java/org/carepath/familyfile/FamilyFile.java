package org.carepath.familyfile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.carepath.casefile.CareCase;

/** The Family File opened at the initial visit: its contacts page, ALN plan and agencies involved. */
@Entity
@Table(name = "family_file")
public class FamilyFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  private String contacts;
  private boolean statutoryAlnPlan;
  private String alnPlanDetails;
  private String agenciesInvolved;
  private boolean planInSchool;
  private String openedBy;
  private Instant openedAt;

  protected FamilyFile() {}

  FamilyFile(CareCase careCase, String openedBy, Instant openedAt) {
    this.careCase = careCase;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  void update(String contacts, boolean statutoryAlnPlan, String alnPlanDetails, String agenciesInvolved,
      boolean planInSchool) {
    this.contacts = contacts;
    this.statutoryAlnPlan = statutoryAlnPlan;
    this.alnPlanDetails = alnPlanDetails;
    this.agenciesInvolved = agenciesInvolved;
    this.planInSchool = planInSchool;
  }

  public String getContacts() { return contacts; }
  public boolean isStatutoryAlnPlan() { return statutoryAlnPlan; }
  public String getAlnPlanDetails() { return alnPlanDetails; }
  public String getAgenciesInvolved() { return agenciesInvolved; }
  public boolean isPlanInSchool() { return planInSchool; }
}

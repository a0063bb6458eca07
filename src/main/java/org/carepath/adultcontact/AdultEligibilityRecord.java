package org.carepath.adultcontact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.carepath.casefile.CareCase;

/** What the decisions found for an adult: eligible or not, the rule, and the indicative weekly budget. */
@Entity
@Table(name = "adult_eligibility")
public class AdultEligibilityRecord {

  @Id
  @Column(name = "case_id")
  private Long caseId;

  @MapsId
  @OneToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  private boolean eligible;
  private String rule;
  private BigDecimal indicativeWeeklyAmount;
  private String budgetBand;
  private Instant decidedAt;

  protected AdultEligibilityRecord() {}

  AdultEligibilityRecord(CareCase careCase, boolean eligible, String rule, BigDecimal indicativeWeeklyAmount,
      String budgetBand, Instant decidedAt) {
    this.careCase = careCase;
    this.eligible = eligible;
    this.rule = rule;
    this.indicativeWeeklyAmount = indicativeWeeklyAmount;
    this.budgetBand = budgetBand;
    this.decidedAt = decidedAt;
  }

  public boolean isEligible() { return eligible; }
  public String getRule() { return rule; }
  public BigDecimal getIndicativeWeeklyAmount() { return indicativeWeeklyAmount; }
  public String getBudgetBand() { return budgetBand; }
}

package org.carepath.careplan;

import jakarta.persistence.Embeddable;

/** An agency involved in a care plan (a row of {@code care_plan_agency}). */
@Embeddable
class PlanAgency {

  String name;
  String contactName;
  String email;
  boolean consentToShare;

  protected PlanAgency() {}

  PlanAgency(String name, String contactName, String email, boolean consentToShare) {
    this.name = name;
    this.contactName = contactName;
    this.email = email;
    this.consentToShare = consentToShare;
  }
}

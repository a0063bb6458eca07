package org.carepath.careplan;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An area of need on a care plan (a row of {@code care_plan_need}). */
@Embeddable
class PlanNeed {

  @Enumerated(EnumType.STRING)
  NeedArea area;

  String description;

  protected PlanNeed() {}

  PlanNeed(NeedArea area, String description) {
    this.area = area;
    this.description = description;
  }
}

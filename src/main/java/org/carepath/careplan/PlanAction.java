package org.carepath.careplan;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An action on a care plan with its agency, keyworker and due date (a row of {@code care_plan_action}). */
@Embeddable
class PlanAction {

  String description;
  String agencyName;
  String keyworkerName;
  String keyworkerEmail;
  LocalDate dueDate;

  protected PlanAction() {}

  PlanAction(String description, String agencyName, String keyworkerName, String keyworkerEmail, LocalDate dueDate) {
    this.description = description;
    this.agencyName = agencyName;
    this.keyworkerName = keyworkerName;
    this.keyworkerEmail = keyworkerEmail;
    this.dueDate = dueDate;
  }
}

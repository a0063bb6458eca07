package org.carepath.careplan;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * An action on a care plan with its agency, keyworker and due date, and the directory service that
 * carries it out when there is one (a row of {@code care_plan_action}).
 */
@Embeddable
class PlanAction {

  String description;
  String agencyName;
  String keyworkerName;
  String keyworkerEmail;
  LocalDate dueDate;
  Long serviceId;

  protected PlanAction() {}

  PlanAction(String description, String agencyName, String keyworkerName, String keyworkerEmail, LocalDate dueDate,
      Long serviceId) {
    this.description = description;
    this.agencyName = agencyName;
    this.keyworkerName = keyworkerName;
    this.keyworkerEmail = keyworkerEmail;
    this.dueDate = dueDate;
    this.serviceId = serviceId;
  }
}

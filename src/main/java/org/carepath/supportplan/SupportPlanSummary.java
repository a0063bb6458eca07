package org.carepath.supportplan;

import java.util.Locale;
import org.carepath.careplan.CarePlanView;

/** A support plan as plain text for the authorisation form (a disabled text area: never Markdown). */
final class SupportPlanSummary {

  private SupportPlanSummary() {}

  static String of(CarePlanView plan) {
    StringBuilder text = new StringBuilder();
    var budget = plan.personalBudget();
    if (budget != null) {
      text.append("Personal budget: £").append(budget.weeklyAmount().toPlainString()).append(" a week");
      if (budget.indicativeWeeklyAmount() != null) {
        text.append(" (indicative £").append(budget.indicativeWeeklyAmount().toPlainString()).append(")");
      }
      text.append('\n');
      if (budget.rationale() != null) {
        text.append("Why it differs: ").append(budget.rationale()).append('\n');
      }
    }
    text.append("Lead worker: ").append(plan.caseManager()).append("; review by ").append(plan.reviewDate()).append("\n\nNeeds:\n");
    plan.needs().forEach(n -> text.append("- ").append(n.area().label().toLowerCase(Locale.ROOT)).append(": ")
        .append(n.description()).append('\n'));
    text.append("\nActions:\n");
    plan.actions().forEach(a -> text.append("- ").append(a.description()).append(" (").append(a.agency()).append(", ")
        .append(a.keyworker().name()).append(", by ").append(a.dueDate()).append(")\n"));
    return text.toString().strip();
  }
}

package org.carepath.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A care plan as the API shows it: a {@code DRAFT} (numbered as the version it becomes when agreed)
 * or an {@code AGREED} version. {@code agreedBy} and {@code agreedAt} are null (absent) for a draft.
 */
public record CarePlanView(
    String reference,
    int version,
    String status,
    LocalDate planDate,
    List<AgreedPlan.Need> needs,
    List<AgreedPlan.Agency> agencies,
    List<AgreedPlan.Action> actions,
    String leadAgency,
    String caseManager,
    LocalDate reviewDate,
    String savedBy,
    Instant savedAt,
    String agreedBy,
    Instant agreedAt,
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        PersonalBudgetView personalBudget) {

  /** The same plan with its agencies' consent as it stands today. */
  public CarePlanView withAgencies(List<AgreedPlan.Agency> consented) {
    return new CarePlanView(reference, version, status, planDate, needs, consented, actions, leadAgency, caseManager,
        reviewDate, savedBy, savedAt, agreedBy, agreedAt, personalBudget);
  }

  /** Adults: the agreed and the indicative weekly amount, and the reason when they differ. */
  public record PersonalBudgetView(java.math.BigDecimal weeklyAmount, java.math.BigDecimal indicativeWeeklyAmount,
      String rationale) {}
}

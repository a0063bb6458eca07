package org.carepath.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One agreed version of a case's Interagency Care Plan, as circulated and followed up. Immutable:
 * an agreed version never changes; a change of plan is the next version.
 */
public record AgreedPlan(
    String reference,
    int version,
    LocalDate planDate,
    String leadAgency,
    String caseManager,
    LocalDate reviewDate,
    List<Need> needs,
    List<Agency> agencies,
    List<Action> actions,
    String agreedBy,
    Instant agreedAt) {

  public AgreedPlan {
    needs = List.copyOf(needs);
    agencies = List.copyOf(agencies);
    actions = List.copyOf(actions);
  }

  public record Need(NeedArea area, String description) {}

  /** An agency involved; the plan is circulated to it only when {@code consentToShare} is true. */
  public record Agency(String name, String contactName, String email, boolean consentToShare) {}

  /** An action, the agency (one of the plan's agencies by name) and the keyworker responsible. */
  /** {@code serviceId}: the directory service that carries the action out, or null. */
  public record Action(String description, String agency, Keyworker keyworker, LocalDate dueDate, Long serviceId) {}

  public record Keyworker(String name, String email) {}

  /** The same version with its agencies' consent as it stands today. */
  public AgreedPlan withAgencies(List<Agency> consented) {
    return new AgreedPlan(reference, version, planDate, leadAgency, caseManager, reviewDate, needs, consented, actions,
        agreedBy, agreedAt);
  }

  /** The agencies the family agreed may receive the plan. */
  public List<Agency> agenciesToCirculate() {
    return agencies.stream().filter(Agency::consentToShare).toList();
  }
}

package org.carepath.decision;

/** The ISCAN team's decisions (variable {@code decision}). */
public enum IscanDecision {
  CARE_COORDINATION_WITH_IAP,
  CARE_COORDINATION,
  NOT_ELIGIBLE,
  NO_CAPACITY;

  public boolean allocates() {
    return this == CARE_COORDINATION || this == CARE_COORDINATION_WITH_IAP;
  }
}

package org.carepath.decision;

import java.util.Arrays;

/** The ISCAN team's decisions (variable {@code decision}), each with the words the decision form shows. */
public enum IscanDecision {
  CARE_COORDINATION_WITH_IAP("Care co-ordination with IAP"),
  CARE_COORDINATION("Care co-ordination"),
  NOT_ELIGIBLE("Not eligible"),
  NO_CAPACITY("No capacity");

  private final String label;

  IscanDecision(String label) {
    this.label = label;
  }

  public boolean allocates() {
    return this == CARE_COORDINATION || this == CARE_COORDINATION_WITH_IAP;
  }

  /** The decision as staff read it, e.g. "Care co-ordination with IAP". */
  public String label() {
    return label;
  }

  /** The label of a stored decision or recommendation, or the value itself when it is none of them. */
  public static String labelOf(Object value) {
    return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst()
        .map(IscanDecision::label).orElse(String.valueOf(value));
  }
}

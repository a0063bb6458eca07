package org.carepath.careplan;

/**
 * The areas of need an Interagency Care Plan addresses: BIAN's physical, psychological, social and
 * legal needs, and developmental or educational needs for children.
 */
public enum NeedArea {
  PHYSICAL("Physical"),
  PSYCHOLOGICAL("Psychological"),
  SOCIAL("Social"),
  LEGAL("Legal"),
  DEVELOPMENTAL_EDUCATION("Developmental or educational");

  private final String label;

  NeedArea(String label) {
    this.label = label;
  }

  /** The area as people read it, on the plan's PDF, letters and pages. */
  public String label() {
    return label;
  }

  /** Every code, for the request's pattern (a compile-time constant; {@code NeedAreaTest} keeps it in step). */
  static final String CODES = "PHYSICAL|PSYCHOLOGICAL|SOCIAL|LEGAL|DEVELOPMENTAL_EDUCATION";
}

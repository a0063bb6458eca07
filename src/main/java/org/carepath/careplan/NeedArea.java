package org.carepath.careplan;

/**
 * The areas of need an Interagency Care Plan addresses: BIAN's physical, psychological, social and
 * legal needs, and developmental or educational needs for children.
 */
public enum NeedArea {
  PHYSICAL,
  PSYCHOLOGICAL,
  SOCIAL,
  LEGAL,
  DEVELOPMENTAL_EDUCATION;

  /** Every code, for the request's pattern (a compile-time constant; {@code NeedAreaTest} keeps it in step). */
  static final String CODES = "PHYSICAL|PSYCHOLOGICAL|SOCIAL|LEGAL|DEVELOPMENTAL_EDUCATION";
}

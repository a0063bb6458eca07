package org.carepath.casefile;

/** Which pathway a case is on: the children's (ISCAN) or the adults' (care and support). */
public enum Pathway {
  CHILDREN,
  ADULT
}

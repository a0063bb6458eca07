package org.carepath.directory;

/** Whom a local service serves: children (under 18), adults, or everyone. */
public enum AgeGroup {
  CHILDREN,
  ADULTS,
  ALL
}

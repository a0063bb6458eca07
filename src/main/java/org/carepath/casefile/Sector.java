package org.carepath.casefile;

import java.util.Locale;

/** The three ISCAN sectors; each has its own team group ({@code iscan-north} ...). */
public enum Sector {
  NORTH,
  SOUTH,
  WEST;

  public String team() {
    return "iscan-" + name().toLowerCase(Locale.ROOT);
  }

  public char letter() {
    return name().charAt(0);
  }
}

package org.carepath.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three ISCAN sectors; each has its own team group ({@code iscan-north} ...). */
public enum Sector {
  NORTH,
  SOUTH,
  WEST;

  public String team() {
    return "iscan-" + name().toLowerCase(Locale.ROOT);
  }

  /** The sector of that name in any case, or empty. */
  public static Optional<Sector> parse(String name) {
    return Arrays.stream(values()).filter(sector -> sector.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  public char letter() {
    return name().charAt(0);
  }
}

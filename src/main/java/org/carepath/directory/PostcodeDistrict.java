package org.carepath.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The postcode district (outward code, "NE66") of a full postcode ("NE66 1AB") or of a district. */
final class PostcodeDistrict {

  private static final Pattern FULL = Pattern.compile("([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})");
  private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");

  private PostcodeDistrict() {}

  static Optional<String> of(String postcode) {
    if (postcode == null) {
      return Optional.empty();
    }
    String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    var full = FULL.matcher(compact);
    if (full.matches()) {
      return Optional.of(full.group(1));
    }
    return DISTRICT.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
  }
}

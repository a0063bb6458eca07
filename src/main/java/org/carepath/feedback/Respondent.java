package org.carepath.feedback;

import java.util.Objects;

/** Someone asked for feedback when care co-ordination ends: the family or one of the professionals. */
public record Respondent(Role role, String name, String email) {

  public enum Role { FAMILY, PROFESSIONAL }

  public Respondent {
    Objects.requireNonNull(role, "role");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A respondent needs a name");
    }
    if (email == null || email.isBlank() || !email.contains("@")) {
      throw new IllegalArgumentException("A respondent needs an e-mail address");
    }
    name = name.strip();
    email = email.strip();
  }
}

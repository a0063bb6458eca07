package org.carepath.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * Passwords of staff, after the NCSC's password guidance: length rather than composition rules (at
 * least {@value #MIN_LENGTH} characters, so three random words fit), no password from a list of the
 * most common ones, and none holding the person's own id, name or e-mail address. Checked by Camunda
 * whenever a password is set (Admin, {@code /engine-rest/user/create}, carepath's administrator).
 */
final class StaffPasswordPolicy implements PasswordPolicy {

  static final int MIN_LENGTH = 12;

  private final List<PasswordPolicyRule> rules =
      List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new PasswordPolicyUserDataRuleImpl(), new NotCommon());

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }

  /** Not one of the passwords attackers try first (a short list shipped with carepath, see docs/security.md). */
  static final class NotCommon implements PasswordPolicyRule {

    private static final Set<String> COMMON = load();

    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_NOT_COMMON";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String password) {
      String normalised = password.toLowerCase(Locale.ROOT);
      return !COMMON.contains(normalised) && normalised.chars().distinct().count() > 2;
    }

    private static Set<String> load() {
      try (InputStream in = StaffPasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

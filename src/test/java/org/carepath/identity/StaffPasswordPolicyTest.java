package org.carepath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The staff password policy, one password per row: what it lets through and which rule stops it. */
class StaffPasswordPolicyTest {

  private static final StaffPasswordPolicy POLICY = new StaffPasswordPolicy();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      violet-harbour-lantern,   ''
      correct horse battery,    ''
      Tr0ub4dor&3xyz,           ''
      a,                        PASSWORD_POLICY_LENGTH
      Sh0rt-pass1,              PASSWORD_POLICY_LENGTH
      password1234,             PASSWORD_POLICY_NOT_COMMON
      Qwerty123456,             PASSWORD_POLICY_NOT_COMMON
      aaaaaaaaaaaaaaaa,         PASSWORD_POLICY_NOT_COMMON
      abababababababab,         PASSWORD_POLICY_NOT_COMMON
      pat.north-garden-gate,    PASSWORD_POLICY_USER_DATA
      my-surname-is-North,      PASSWORD_POLICY_USER_DATA
      """)
  void shouldAcceptLongUncommonPasswordsAndNameTheRuleOtherwise(String password, String brokenRule) {
    // given
    UserEntity user = new UserEntity("pat.north");
    user.setFirstName("Pat");
    user.setLastName("North");
    user.setEmail("pat.north@council.example");

    // when
    var broken = POLICY.getRules().stream().filter(rule -> !rule.execute(password, user))
        .map(PasswordPolicyRule::getPlaceholder).toList();

    // then
    if (brokenRule.isEmpty()) {
      assertThat(broken).isEmpty();
    } else {
      assertThat(broken).contains(brokenRule);
    }
  }
}

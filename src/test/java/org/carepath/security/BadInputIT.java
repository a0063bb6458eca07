package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.security.BadInputs.DOLLAR_CANARY;
import static org.carepath.security.BadInputs.HASH_CANARY;
import static org.carepath.security.BadInputs.MEGABYTE;
import static org.carepath.security.BadInputs.assertNotAServerError;
import static org.carepath.security.BadInputs.assertRefusedNaming;
import static org.carepath.security.BadInputs.with;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.referral.Referral;
import org.carepath.referral.ReferralRepository;
import org.carepath.referral.ReferralRequests;
import org.carepath.security.BadInputs.Snapshot;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bad input to {@code POST /api/referrals}, one row per input: refused with a 400 naming the field
 * and nothing written, or stored exactly as sent; never a 500. Bodies and content types that are
 * bad as a whole: {@link BadBodyIT}. The plain validation rules: {@code ReferralValidationIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class BadInputIT {

  /** What each field is stored as, read back from the referral. */
  private static final Map<String, Function<Referral, String>> STORED = Map.of(
      "child.givenName", Referral::childName,
      "child.nhsNumber", Referral::getChildNhsNumber,
      "parentCarer.name", Referral::getParentName,
      "referrer.name", Referral::getReferrerName,
      "referrer.role", Referral::getReferrerRole,
      "referrer.organisation", Referral::getReferrerOrganisation,
      "gp.practice", Referral::getGpPractice,
      "agenciesInvolved[0]", Referral::getAgenciesInvolved,
      "reason", Referral::getReason);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ReferralRepository referrals;

  /** label, field, value; the field named by the 400, or null when the value is stored as sent. */
  static Stream<Arguments> referralInputs() {
    return Stream.of(
        // NHS numbers
        arguments("NHS number valid", "child.nhsNumber", "9434765919", null),
        arguments("NHS number valid, check digit 0", "child.nhsNumber", "4010232110", null),
        arguments("NHS number wrong check digit", "child.nhsNumber", "9434765911", "child.nhsNumber"),
        arguments("NHS number check digit 10 (never valid)", "child.nhsNumber", "1234567890", "child.nhsNumber"),
        arguments("NHS number 9 digits", "child.nhsNumber", "943476591", "child.nhsNumber"),
        arguments("NHS number 11 digits", "child.nhsNumber", "94347659190", "child.nhsNumber"),
        arguments("NHS number with hyphens", "child.nhsNumber", "943-476-5919", "child.nhsNumber"),
        arguments("NHS number with a trailing space", "child.nhsNumber", "9434765919 ", "child.nhsNumber"),
        arguments("NHS number in Arabic-Indic digits", "child.nhsNumber", "٩٤٣٤٧٦٥٩١٩", "child.nhsNumber"),
        arguments("NHS number in full-width digits", "child.nhsNumber", "９４３４７６５９１９", "child.nhsNumber"),
        arguments("NHS number empty", "child.nhsNumber", "", "child.nhsNumber"),
        // sizes
        arguments("1 MB given name", "child.givenName", MEGABYTE, "child.givenName"),
        arguments("1 MB referrer name", "referrer.name", MEGABYTE, "referrer.name"),
        arguments("1 MB reason", "reason", MEGABYTE, "reason"),
        arguments("reason of 4000 characters", "reason", "r".repeat(4000), null),
        arguments("referrer name and organisation of 200 characters each", "referrer.name", "N".repeat(200), null),
        // control and invisible characters
        arguments("NUL in given name", "child.givenName", "Ff\u0000ion", "child.givenName"),
        arguments("NUL in referrer name", "referrer.name", "Dr Owen\u0000 Price", "referrer.name"),
        arguments("NUL in reason", "reason", "Speech delay\u0000", "reason"),
        arguments("bell in reason", "reason", "Speech delay\u0007", "reason"),
        arguments("right-to-left override in given name", "child.givenName", "\u202Enoiff", "child.givenName"),
        arguments("right-to-left override in organisation", "referrer.organisation", "HV \u202Emaet", "referrer.organisation"),
        arguments("right-to-left isolate in GP practice", "gp.practice", "Roath \u2067Surgery\u2069", "gp.practice"),
        arguments("right-to-left override in reason", "reason", "Speech \u202Eyaled", "reason"),
        arguments("line breaks and tabs in reason", "reason", "Speech delay.\r\n\tMotor concerns.", null),
        // emoji and other scripts
        arguments("emoji in given name", "child.givenName", "Ffion 🙂", "child.givenName"),
        arguments("emoji in reason", "reason", "Loves dinosaurs 🦕 and trains 🚂", null),
        arguments("Welsh and Arabic letters in given name", "child.givenName", "Siân-Lléucu عائشة", null),
        arguments("lone surrogate in parent name", "parentCarer.name", "Rhian \uD83D Jones", null),
        // injection text
        arguments("SQL in family name", "child.familyName", "Jones'; drop table care_case; --", "child.familyName"),
        arguments("SQL in organisation", "referrer.organisation", "Robert'); drop table referral; --", null),
        arguments("SQL in reason", "reason", "' or '1'='1' union select * from act_id_user --", null),
        arguments("${...} in reason", "reason", DOLLAR_CANARY, null),
        arguments("#{...} in referrer role", "referrer.role", HASH_CANARY, null),
        arguments("${...} in an agency involved", "agenciesInvolved[0]", "${1+1}", null),
        arguments("Thymeleaf expression in GP practice", "gp.practice", "[[${serviceContact}]] __${7*7}__", null),
        // HTML
        arguments("script in given name", "child.givenName", "<script>alert(1)</script>", "child.givenName"),
        arguments("bold in family name", "child.familyName", "<b>x</b>", "child.familyName"),
        arguments("bold in referrer name", "referrer.name", "<b>x</b>", null),
        arguments("script in reason", "reason", "<script>alert(1)</script><img src=x onerror=alert(2)>", null),
        // CR/LF towards mail headers
        arguments("CR/LF in given name", "child.givenName", "Ffion\r\nBcc: x@evil.example", "child.givenName"),
        arguments("LF in family name", "child.familyName", "Jones\nSubject: hi", "child.familyName"),
        arguments("CR/LF in parent name", "parentCarer.name", "Rhian\r\nBcc: x@evil.example", "parentCarer.name"),
        arguments("CR/LF in GP name", "gp.name", "Dr Evans\r\nBcc: x@evil.example", "gp.name"),
        arguments("CR/LF in referrer e-mail", "referrer.email", "owen@hv.example\r\nBcc: x@evil.example", "referrer.email"),
        arguments("LF in GP e-mail", "gp.email", "gp@roath.example\nCc: x@evil.example", "gp.email"),
        arguments("CR/LF in parent e-mail", "parentCarer.email", "rhian@family.example\r\nBcc: x@evil.example", "parentCarer.email"),
        arguments("quoted CR/LF in referrer e-mail", "referrer.email", "\"a\r\nBcc: x@evil.example\"@hv.example", "referrer.email"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referralInputs")
  void shouldRefuseNamingTheFieldOrStoreLiterally(String label, String field, String value, String refusedField) {
    // given
    String body = with(ReferralRequests.valid("NORTH", "bad-input-" + UUID.randomUUID()), field, value);
    if (label.startsWith("referrer name and organisation")) {
      body = with(body, "referrer.organisation", "O".repeat(200));
    }
    Snapshot before = Snapshot.of(jdbc, runtime, tasks);

    // when
    var response = nina().postJson("/api/referrals", body);

    // then
    assertNotAServerError(response);
    if (refusedField != null) {
      assertRefusedNaming(response, refusedField);
      assertThat(Snapshot.of(jdbc, runtime, tasks)).isEqualTo(before);
      return;
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String reference = BadInputs.read(response).get("reference").asText();
    Referral stored = referrals.findByCareCaseReference(reference).orElseThrow();
    String expected = field.equals("child.givenName") ? value + " Jones" : value;
    assertThat(STORED.get(field).apply(stored)).isEqualTo(expected);
    var view = BadInputs.read(nina().get("/api/cases/" + reference)).get("record").get(0);
    assertThat(view.get("title").asText()).isEqualTo(CaseRecordEntry.abbreviated(
        "Referral received from " + stored.getReferrerName() + ", " + stored.getReferrerOrganisation()));
    assertThat(view.get("body").asText()).isEqualTo(stored.getReason());
  }

  private HttpProbe nina() {
    return HttpProbe.local(port).as("nina", "demo");
  }
}

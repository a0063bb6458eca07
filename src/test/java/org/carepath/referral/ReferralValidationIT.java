package org.carepath.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.carepath.casefile.CareCaseRepository;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Every refusal of {@code POST /api/referrals} names the field, and stores nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReferralValidationIT {

  @LocalServerPort int port;
  @Autowired CareCaseRepository cases;

  private long casesBefore;

  @BeforeEach
  void countCases() {
    casesBefore = cases.count(); // the Spring context (and its database) is shared with other tests
  }

  @AfterEach
  void nothingStored() {
    assertThat(cases.count()).isEqualTo(casesBefore);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "sector                 | \"sector\": \"NORTH\"                 | \"sector\": \"EAST\"",
      "child.nhsNumber        | \"9434765919\"                        | \"9434765918\"",
      "child.nhsNumber        | \"9434765919\"                        | \"943 476 5919\"",
      "child.dateOfBirth      | \"2021-03-14\"                        | \"2099-01-01\"",
      "child.dateOfBirth      | \"2021-03-14\"                        | \"2001-01-01\"",
      "child.postcode         | \"CF10 1AA\"                          | \"not a postcode\"",
      "child.givenName        | \"Ffion\"                             | \"\"",
      "child.givenName        | \"Ffion\"                             | \"Ffion<script>\"",
      "parentCarer.phone      | \"029 2000 0000\"                     | \"call me\"",
      "parentCarer.email      | \"rhian@family.example\"              | \"rhian-at-family\"",
      "referrer.email         | \"owen.price@hv.example\"             | \"\"",
      "referrer.name          | \"Dr Owen Price\"                     | \"Dr Owen\\r\\nBcc: x@evil.example\"",
      "gp.email               | \"gp@roath.example\"                  | \"gp\"",
      "developmentalNeeds[1]  | \"MOTOR\"                             | \"FLYING\"",
      "reason                 | \"Speech delay and motor concerns at 2.5 year review.\" | \"\"",
      "reason                 | \"Speech delay and motor concerns at 2.5 year review.\" | \"Speech delay\\u0000\"",
      "externalReference      | null                                  | \"has spaces in it\""})
  void shouldNameTheFieldItRefuses(String field, String good, String bad) {
    // given
    String body = ReferralRequests.valid("NORTH", null).replace(good, bad);
    assertThat(body).as("the test replaced the good value").contains(bad);

    // when
    var response = HttpProbe.local(port).as("nina", "demo").postJson("/api/referrals", body);

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
  }

  @Test
  void shouldNameTheLanguageWhenItIsNotEnglishWelshOrBilingual() {
    var nina = HttpProbe.local(port).as("nina", "demo");

    var french = nina.postJson("/api/referrals", ReferralRequests.inLanguage("NORTH", "FRENCH"));
    var lowerCase = nina.postJson("/api/referrals", ReferralRequests.inLanguage("NORTH", "welsh"));

    assertThat(french.statusCode()).isEqualTo(400);
    assertThat(french.body()).contains("\"field\":\"preferredLanguage\"");
    assertThat(lowerCase.statusCode()).isEqualTo(400);
    assertThat(lowerCase.body()).contains("\"field\":\"preferredLanguage\"");
  }

  @Test
  void shouldNameEveryMissingSection() {
    var response = HttpProbe.local(port).as("nina", "demo").postJson("/api/referrals", "{\"sector\":\"NORTH\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"child\"", "\"parentCarer\"", "\"referrer\"", "\"gp\"",
        "\"developmentalNeeds\"", "\"reason\"");
  }

  @Test
  void shouldRefuseMalformedJsonUnknownFieldsAndWrongTypes() {
    var nina = HttpProbe.local(port).as("nina", "demo");

    var malformed = nina.postJson("/api/referrals", "{\"sector\": ");
    var unknown = nina.postJson("/api/referrals", ReferralRequests.valid("NORTH", null).replaceFirst("\\{", "{\"surprise\": 1,"));
    var trailing = nina.postJson("/api/referrals", ReferralRequests.valid("NORTH", null) + " {\"sector\": \"SOUTH\"}");
    var wrongType = nina.postJson("/api/referrals", ReferralRequests.valid("NORTH", null).replace("\"asdAssessmentRequested\": false", "\"asdAssessmentRequested\": \"perhaps\""));

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(trailing.statusCode()).isEqualTo(400);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"surprise\"");
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(wrongType.body()).contains("\"field\":\"asdAssessmentRequested\"");
  }

  @Test
  void shouldRefuseAnotherContentType() {
    var request = HttpProbe.local(port).as("nina", "demo").request("/api/referrals")
        .header("Content-Type", "text/plain")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ReferralRequests.valid("NORTH", null)));

    assertThat(HttpProbe.local(port).send(request).statusCode()).isEqualTo(415);
  }

  @Test
  void shouldRefuseAReferralForAnotherSector() {
    var response = HttpProbe.local(port).as("wendy", "demo").postJson("/api/referrals", ReferralRequests.valid("NORTH", null));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void shouldRefuseAnonymousReferrals() {
    var response = HttpProbe.local(port).postJson("/api/referrals", ReferralRequests.valid("NORTH", null));

    assertThat(response.statusCode()).isEqualTo(401);
  }
}

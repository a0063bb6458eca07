package org.carepath.casesearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepath.adultcontact.ContactRequests;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** {@code GET /api/cases?q=} (design 4e): by name, date of birth, NHS number or reference, in one's own sectors and teams only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseSearchIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  String child;
  String adult;

  @BeforeAll
  void createCases() throws Exception {
    child = JSON.readTree(as("nina").postJson("/api/referrals", ReferralRequests.valid("NORTH", null)).body())
        .get("reference").asText();
    // a name of its own: other tests of the same Spring context record Edith Armstrongs for other teams
    adult = JSON.readTree(as("cath").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, null)
        .replace("\"Edith\"", "\"Winifred\"").replace("\"Armstrong\"", "\"Searchwell\"")).body())
        .get("reference").asText();
  }

  @Test
  void shouldFindAChildByNameDateOfBirthNhsNumberOrReferenceInTheSector() {
    for (String q : new String[] {"ffion jones", "Jones", "2021-03-14", "14/03/2021", "943 476 5919", child.toLowerCase()}) {
      var found = as("nina").get("/api/cases?q=" + q.replace(" ", "%20").replace("/", "%2F"));
      assertThat(found.statusCode()).as(q).isEqualTo(200);
      assertThat(found.body()).as(q).contains("\"reference\":\"" + child + "\"", "\"name\":\"Ffion Jones\"",
          "\"dateOfBirth\":\"2021-03-14\"", "\"sector\":\"NORTH\"", "\"status\":\"OPEN\"", "\"stage\":\"Screen referral\"");
    }
    assertThat(as("nina").get("/api/cases?q=ffion%20smith").body()).doesNotContain(child);
  }

  @Test
  void shouldFindAnAdultInTheTeamHoldingTheCaseOnly() {
    var byTeam = as("alan").get("/api/cases?q=winifred%20searchwell");

    assertThat(byTeam.body()).contains("\"reference\":\"" + adult + "\"", "\"team\":\"cst-alnwick\"",
        "\"stage\":\"Triage contact\"").doesNotContain(child);
    for (String outsider : new String[] {"ben", "nina", "sara", "cath", "lesley"}) {
      assertThat(as(outsider).get("/api/cases?q=searchwell").body()).as(outsider).doesNotContain(adult, "Winifred");
      assertThat(as(outsider).get("/api/cases?q=" + adult).body()).as(outsider).doesNotContain(adult);
    }
    assertThat(as("sara").get("/api/cases?q=jones").body()).doesNotContain(child);
    assertThat(as("demo").get("/api/cases?q=searchwell").body()).as("administrators").contains(adult);
  }

  @Test
  void shouldRefuseAQueryTooShortToMeanAnything() {
    var refused = as("nina").get("/api/cases?q=j");
    var missing = as("nina").get("/api/cases");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Invalid fields: q");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(HttpProbe.local(port).get("/api/cases?q=jones").statusCode()).isEqualTo(401);
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}

package org.carepath.carecoordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** {@code POST /api/cases/{reference}/care-plan/lead-agency}: BIAN's criteria through the LeadAgency decision. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LeadAgencyApiIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void shouldRecommendTheAgencyTheFamilyPrefersAndFileIt() throws Exception {
    String reference = newCase("LEAD-1");

    var answer = nina().postJson(path(reference), """
        {"candidates": [
          {"agency": "Health visiting", "contactIntensity": "HIGH", "contactRegularity": "WEEKLY", "hasCapacity": true, "familyPreference": false},
          {"agency": "Speech and language therapy", "contactIntensity": "MEDIUM", "contactRegularity": "MONTHLY", "hasCapacity": true, "familyPreference": true}]}
        """);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("leadAgency").asText()).isEqualTo("Speech and language therapy");
    assertThat(body.path("meetingRequired").asBoolean()).isFalse();
    assertThat(body.path("ratings")).hasSize(2);
    assertThat(nina().get("/api/cases/" + reference).body()).contains("Lead agency recommended: Speech and language therapy");
  }

  @Test
  void shouldCallForTheMandatoryMeetingWhenAgenciesCannotBeSeparated() throws Exception {
    String reference = newCase("LEAD-2");

    var answer = nina().postJson(path(reference), """
        {"candidates": [
          {"agency": "Health visiting", "contactIntensity": "HIGH", "contactRegularity": "MONTHLY", "hasCapacity": true, "familyPreference": false},
          {"agency": "School nursing", "contactIntensity": "MEDIUM", "contactRegularity": "WEEKLY", "hasCapacity": true, "familyPreference": false}]}
        """);

    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("meetingRequired").asBoolean()).isTrue();
    assertThat(body.path("leadAgency").isMissingNode() || body.path("leadAgency").isNull()).isTrue();
    assertThat(body.path("reason").asText()).startsWith("BIAN: a Lead Agency cannot be agreed");
    assertThat(nina().get("/api/cases/" + reference).body()).contains("Lead Agency cannot be agreed: mandatory interagency meeting");
  }

  @Test
  void shouldNameEachBadFieldAndHideOtherSectorsCases() {
    String reference = newCase("LEAD-3");

    var bad = nina().postJson(path(reference), """
        {"candidates": [
          {"agency": "Health visiting", "contactIntensity": "DAILY", "contactRegularity": "WEEKLY", "hasCapacity": true},
          {"agency": "health visiting", "contactIntensity": "LOW", "contactRegularity": "WEEKLY", "hasCapacity": true, "familyPreference": false}]}
        """);
    var empty = nina().postJson(path(reference), "{\"candidates\": []}");
    var south = HttpProbe.local(port).as("sara", "demo").postJson(path(reference), """
        {"candidates": [{"agency": "A", "contactIntensity": "LOW", "contactRegularity": "WEEKLY", "hasCapacity": true, "familyPreference": false}]}
        """);

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("candidates[0].contactIntensity", "candidates[0].familyPreference");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("\"field\":\"candidates\"");
    assertThat(south.statusCode()).isEqualTo(404);
  }

  private String newCase(String externalReference) {
    try {
      var created = nina().postJson("/api/referrals", ReferralRequests.valid("NORTH", externalReference + "-" + port));
      return JSON.readTree(created.body()).path("reference").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String path(String reference) {
    return "/api/cases/" + reference + "/care-plan/lead-agency";
  }

  private HttpProbe nina() {
    return HttpProbe.local(port).as("nina", "demo");
  }
}

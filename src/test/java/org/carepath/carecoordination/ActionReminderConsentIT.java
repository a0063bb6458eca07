package org.carepath.carecoordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.careplan.CarePlans;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A keyworker is reminded of an action that fell due only while their agency's consent stands: a
 * withdrawal leaves the action to the case manager. Shares {@code ConsentIT}'s context (same settings).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"carepath.demo.catch-letters=true",
    "camunda.bpm.process-engine-name=consentit", "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles({"demo", "test"})
class ActionReminderConsentIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final String SLT = CarePlanRequests.LEAD_AGENCY.replace(" ", "%20");

  @LocalServerPort int port;
  @Autowired CarePlans plans;
  @Autowired ActionFollowUps followUps;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldRemindAKeyworkerOnlyWhileTheirAgencysConsentStands() throws Exception {
    // given an agreed plan whose one action, the therapists', falls due today
    HttpProbe nina = HttpProbe.local(port).as("nina", "demo");
    String reference = JSON.readTree(nina.postJson("/api/referrals", ReferralRequests.valid("NORTH", null)).body())
        .get("reference").asText();
    assertThat(nina.putJson("/api/cases/" + reference + "/care-plan", CarePlanRequests.valid("nina", TODAY,
        TODAY.plusMonths(3))).statusCode()).isEqualTo(200);
    plans.agree(reference, "nina");

    // when the consent is withdrawn before the follow-up, and given again after it
    nina.putJson("/api/cases/" + reference + "/consents/" + SLT, "{\"shareCarePlan\": false}");
    followUps.followUp(reference);
    List<String> whileWithdrawn = reminders(reference);
    nina.putJson("/api/cases/" + reference + "/consents/" + SLT, "{\"shareCarePlan\": true}");
    followUps.followUp(reference);

    // then the keyworker hears of it only once the consent stands again
    assertThat(whileWithdrawn).isEmpty();
    assertThat(reminders(reference)).containsExactly("alys.hughes@slt.example");
  }

  private List<String> reminders(String reference) {
    return jdbc.queryForList("select recipients from notification where idempotency_key like ?", String.class,
        "action-reminder/" + reference + "/%");
  }
}

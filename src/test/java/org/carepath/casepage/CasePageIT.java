package org.carepath.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.carepath.adultcontact.AdultCases;
import org.carepath.adultcontact.ContactRequests;
import org.carepath.referral.ReferralRequests;
import org.carepath.security.WebappSession;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The case page (design 4e): everything a case holds for staff of its sector or team, signed in as to
 * the API or through the webapps' session; nobody else learns that the case exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CasePageIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  @Test
  void shouldShowAChildsCaseToItsSectorWithContactsReferralTasksAndTheCaseFile() throws Exception {
    // given a referral in the North
    String reference = JSON.readTree(as("nina").postJson("/api/referrals",
        ReferralRequests.valid("NORTH", "CP-" + UUID.randomUUID())).body()).get("reference").asText();
    String task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();

    // when
    var page = as("nina").get("/cases/" + reference);

    // then she sees who the child is, who is around them, the open task linked into Tasklist, the case file
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("<html lang=\"en-GB\"", "Ffion Jones (" + reference + ")", "Parent or carer",
        "Referred by", "GP", "Screen referral", "/camunda/app/tasklist/default/#/?task=" + task, "Case file",
        "Referral received", "Not opened yet");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("default-src 'none'"));
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");

    // and nobody outside the North learns the case exists; nobody signed out sees anything
    assertThat(as("sara").get("/cases/" + reference).statusCode()).isEqualTo(404);
    assertThat(as("alan").get("/cases/" + reference).statusCode()).isEqualTo(404);
    assertThat(as("lesley").get("/cases/" + reference).statusCode()).as("a service lead: counts, not cases").isEqualTo(404);
    assertThat(as("max").get("/cases/" + reference).statusCode()).as("a process manager").isEqualTo(404);
    var anonymous = HttpProbe.local(port).get("/cases/" + reference);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain("Ffion");

    // and the search page finds it for the North only
    var found = as("nina").get("/cases?q=" + reference);
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body()).contains("1 found", "href=\"/cases/" + reference + "\"", "Ffion Jones", "14 March 2021");
    assertThat(as("sara").get("/cases?q=" + reference).body()).contains("0 found").doesNotContain("Ffion");
    var tooShort = as("nina").get("/cases?q=F");
    assertThat(tooShort.statusCode()).isEqualTo(400);
    assertThat(tooShort.body()).contains("Please check: give 2 to 100 characters");

    // and every read is in the audit trail
    assertThat(as("lesley").get("/api/audit?reference=" + reference).body())
        .contains("GET /cases/{reference}", "sara", "DENIED");
  }

  @Test
  void shouldOpenForWhoeverIsSignedInToTasklistInTheBrowser() throws Exception {
    String reference = JSON.readTree(as("nina").postJson("/api/referrals",
        ReferralRequests.valid("NORTH", "CP-" + UUID.randomUUID())).body()).get("reference").asText();

    var nina = WebappSession.login(port, "tasklist", "nina").open("/cases/" + reference);
    var sara = WebappSession.login(port, "tasklist", "sara").open("/cases/" + reference);

    assertThat(nina.statusCode()).isEqualTo(200);
    assertThat(nina.body()).contains(reference, "Ffion Jones");
    assertThat(sara.statusCode()).isEqualTo(404);

    // and a worker moved out of the sector loses the case on the next page, signed in or not
    var session = WebappSession.login(port, "tasklist", "nina");
    identity.deleteMembership("nina", "iscan-north");
    try {
      assertThat(session.open("/cases/" + reference).statusCode()).isEqualTo(404);
    } finally {
      identity.createMembership("nina", "iscan-north");
    }
  }

  @Test
  void shouldShowAnAdultsCaseToItsTeamWithThePlanItsBudgetAndWhoHasHeldIt() throws Exception {
    AdultCases adults = new AdultCases(HttpProbe.local(port), tasks, "/engine-rest");
    String reference = adults.authorised(ContactRequests.ALNWICK, "alan");

    var page = as("ava").get("/cases/" + reference);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Edith Armstrong (" + reference + ")", "Joan Armstrong (daughter)", "cst-alnwick",
        "Support plan", "Personal budget £380.00 a week (indicative £420.00)", "Shopping call twice a week",
        "/cases/" + reference + "/care-plan/versions/1/pdf", "Who has held the case", "Support plan authorised");
    assertThat(as("ava").get("/cases/" + reference + "/care-plan/versions/1/pdf").headers().firstValue("Content-Type"))
        .hasValue("application/pdf");
    assertThat(as("ben").get("/cases/" + reference).statusCode()).isEqualTo(404);
    assertThat(as("alan").get("/cases").body()).as("the lead worker's caseload").contains("My caseload",
        "href=\"/cases/" + reference + "\"", "Edith Armstrong");
    assertThat(as("nina").get("/cases/" + reference + "/care-plan/versions/1/pdf").statusCode()).isEqualTo(404);
  }

  @Test
  void shouldSendEachRoleFromTheStartPageToItsPlace() {
    var home = HttpProbe.local(port).get("/");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("href=\"/camunda/app/tasklist/\"", "href=\"/cases\"", "href=\"/camunda/app/cockpit/\"",
        "href=\"/camunda/app/admin/\"", "Where to start").doesNotContain("Welcome");
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}

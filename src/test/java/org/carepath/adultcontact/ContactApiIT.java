package org.carepath.adultcontact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** {@code POST /api/contacts}: the contract, routing by GP practice, who may record, and validation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ContactApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired CareCaseRepository cases;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void shouldRouteAContactStraightToTheTeamOfThePersonsPractice() throws Exception {
    // when the contact centre records a phone call
    var response = as("cath").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, null));

    // then
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    var body = JSON.readTree(response.body());
    String reference = body.get("reference").asText();
    assertThat(reference).matches("ADL-\\d{4}-\\d{5}");
    assertThat(body.get("team").asText()).isEqualTo("cst-alnwick");
    assertThat(body.get("status").asText()).isEqualTo("OPEN");
    var task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Activity_TriageContact");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("cst-alnwick").count()).isOne();
    assertThat(runtime.getVariables(task.getProcessInstanceId()))
        .containsEntry("personName", "Edith Armstrong").containsEntry("team", "alnwick")
        .containsEntry("safeguardingEnquiry", false).doesNotContainKeys("nhsNumber", "postcode", "dateOfBirth");
    var read = as("alan").get("/api/cases/" + reference);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("\"pathway\":\"ADULT\"", "\"team\":\"cst-alnwick\"", "\"status\":\"OPEN\"",
        "\"stage\":\"Triage contact\"", "Contact by phone").doesNotContain("\"sector\"");
  }

  @Test
  void shouldLetNobodyOutsideTheTeamReadTheContact() throws Exception {
    String reference = reference(as("cath").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, null)));
    String child = reference(as("nina").postJson("/api/referrals", ReferralRequests.valid("NORTH", null)));

    for (String outsider : List.of("ben", "nina", "sara", "cara", "sid", "cath", "lesley", "max")) {
      var refused = as(outsider).get("/api/cases/" + reference);
      assertThat(refused.statusCode()).as(outsider).isEqualTo(404);
      assertThat(refused.body()).doesNotContain("Edith");
    }
    assertThat(as("alan").get("/api/cases/" + reference).statusCode()).as("the team's control").isEqualTo(200);
    assertThat(as("alan").get("/api/cases/" + child).statusCode()).as("an adult team sees no child").isEqualTo(404);
    assertThat(as("nina").get("/api/cases/" + child).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldWaitForTheContactCentreWhenThePracticeBelongsToNoTeam() throws Exception {
    var response = as("cath").postJson("/api/contacts", ContactRequests.valid(ContactRequests.NO_TEAM, null));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).contains("\"team\":null");
    String reference = reference(response);
    var task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Activity_AllocateTeam");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("adult-contact-centre").count()).isOne();
    assertThat(as("cath").get("/api/cases/" + reference).body()).contains("\"team\":\"adult-contact-centre\"");
  }

  @Test
  void shouldReturnTheSameCaseForARepeatedExternalReferenceEvenAtOnce() throws Exception {
    String external = "ONECALL-" + UUID.randomUUID();
    var pool = Executors.newFixedThreadPool(6);
    Callable<String> send = () -> as("cath").postJson("/api/contacts", ContactRequests.valid(ContactRequests.BLYTH, external)).body();

    List<Future<String>> answers = pool.invokeAll(Collections.nCopies(6, send));
    pool.shutdown();
    var repeat = as("cath").postJson("/api/contacts", ContactRequests.valid(ContactRequests.BLYTH, external));

    var references = answers.stream().map(f -> {
      try {
        return JSON.readTree(f.get()).get("reference").asText();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).distinct().toList();
    assertThat(references).hasSize(1);
    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(reference(repeat)).isEqualTo(references.get(0));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(references.get(0)).count()).isOne();
  }

  @Test
  void shouldNotAnswerAnotherContactWithTheCaseOfAReusedExternalReference() throws Exception {
    String external = "ONECALL-" + UUID.randomUUID();
    String first = reference(as("alan").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, external)));
    long before = cases.count();

    var otherTeam = as("ben").postJson("/api/contacts", ContactRequests.valid(ContactRequests.BLYTH, external));
    var otherPerson = as("alan").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, external)
        .replace("\"Edith\"", "\"Ethel\""));
    var sameAgain = as("ava").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, external));

    assertThat(otherTeam.statusCode()).isEqualTo(409);
    assertThat(otherTeam.body()).contains("externalReference: already used for another contact").doesNotContain(first, "alnwick");
    assertThat(otherPerson.statusCode()).isEqualTo(409);
    assertThat(sameAgain.statusCode()).as("the same contact from the team holding it").isEqualTo(200);
    assertThat(reference(sameAgain)).isEqualTo(first);
    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  void shouldRefuseTheExternalReferenceOfAChildsReferral() {
    String external = "SHARED-" + UUID.randomUUID();
    as("nina").postJson("/api/referrals", ReferralRequests.valid("NORTH", external));
    long before = cases.count();

    var refused = as("cath").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, external));

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("externalReference: already used for a child's referral").doesNotContain("ISC-");
    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  void shouldLetTheContactCentreAndTheTeamsRecordButATeamOnlyForItsOwnPeople() {
    long before = cases.count();

    var children = as("nina").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, null));
    var otherTeam = as("ben").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, null));
    var manager = as("maggie").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, null));
    var anonymous = HttpProbe.local(port).postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, null));

    assertThat(children.statusCode()).isEqualTo(403);
    assertThat(otherTeam.statusCode()).isEqualTo(403);
    assertThat(otherTeam.body()).contains("gpPracticeCode: practice A84005 belongs to the care and support team 'alnwick'");
    assertThat(manager.statusCode()).isEqualTo(403);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(cases.count()).isEqualTo(before);
    assertThat(as("ben").postJson("/api/contacts", ContactRequests.valid(ContactRequests.BLYTH, null)).statusCode()).isEqualTo(201);
    assertThat(as("ben").postJson("/api/contacts", ContactRequests.valid(ContactRequests.NO_TEAM, null)).statusCode()).isEqualTo(201);
    assertThat(as("demo").postJson("/api/contacts", ContactRequests.valid(ContactRequests.ALNWICK, null)).statusCode()).isEqualTo(201);
  }

  @Test
  void shouldNameEveryBadFieldAndStoreNothing() {
    long before = cases.count();
    String bad = """
        {"externalReference": "has space", "channel": "PIGEON",
         "person": {"givenName": "", "familyName": "Armstrong<script>", "dateOfBirth": "2015-01-01",
                    "nhsNumber": "1234567890", "postcode": "nowhere", "phone": "call me", "email": "not-mail",
                    "gpPracticeCode": "12345"},
         "carer": {"name": "", "relationship": "", "email": "x"},
         "referrer": {"name": "GP", "organisation": ""},
         "reason": "", "safeguarding": {"description": "", "allegesCrime": null, "serviceFailure": true},
         "consentToShare": null}""";
    String badChannel = ContactRequests.valid(ContactRequests.ALNWICK, null).replace("\"PHONE\"", "\"PIGEON\"");
    String fields = ContactRequests.valid(ContactRequests.ALNWICK, null).replace("\"PHONE\"", "null")
        .replace("\"givenName\": \"Edith\"", "\"givenName\": \"\"").replace("\"1944-05-02\"", "\"2015-01-01\"")
        .replace("\"9434765919\"", "\"1234567890\"").replace("\"NE66 1AB\"", "\"nowhere\"")
        .replace("\"01665 510000\"", "\"call me\"").replace("\"A84005\"", "\"12345\"")
        .replace("\"relationship\": \"daughter\"", "\"relationship\": \"\"")
        .replace("\"reason\": \"Lonely since her husband died; struggling to get to the shops.\"", "\"reason\": \"\"")
        .replace("\"safeguarding\": null", "\"safeguarding\": {\"description\": \"\", \"allegesCrime\": null, \"serviceFailure\": true}")
        .replace("\"consentToShare\": true", "\"consentToShare\": null");

    var typed = as("cath").postJson("/api/contacts", badChannel);
    var invalid = as("cath").postJson("/api/contacts", fields);
    var malformed = as("cath").postJson("/api/contacts", bad);

    assertThat(typed.statusCode()).isEqualTo(400);
    assertThat(typed.body()).contains("channel");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("Invalid fields: carer.relationship, channel, consentToShare, person.dateOfBirth, "
        + "person.givenName, person.gpPracticeCode, person.nhsNumber, person.phone, person.postcode, reason, "
        + "safeguarding.allegesCrime, safeguarding.description",
        "the person must be 18 or over");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(cases.count()).isEqualTo(before);
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }

  private static String reference(java.net.http.HttpResponse<String> response) {
    try {
      assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
      return JSON.readTree(response.body()).get("reference").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

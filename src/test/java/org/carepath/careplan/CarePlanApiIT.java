package org.carepath.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseOutcome;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The Interagency Care Plan API: validation of the contract, sector access, drafts and agreed versions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CarePlanApiIT {

  @LocalServerPort int port;
  @Autowired CarePlans carePlans;
  @Autowired CarePlanRepository plans;
  @Autowired CareCaseRepository cases;
  @Autowired Clock clock;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldSaveADraftDatedTodayAndReadItBack() {
    // given
    String reference = newCase();

    // when
    var saved = nina().putJson(planPath(reference), validPlan());

    // then
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    var read = nina().get(planPath(reference));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).isEqualTo(saved.body()).contains(
        "\"reference\":\"" + reference + "\"", "\"version\":1", "\"status\":\"DRAFT\"",
        "\"planDate\":\"" + today() + "\"", "\"leadAgency\":\"Health visiting\"", "\"caseManager\":\"nina\"",
        "\"reviewDate\":\"" + today().plusMonths(3) + "\"", "\"savedBy\":\"nina\"",
        "{\"area\":\"DEVELOPMENTAL_EDUCATION\",\"description\":\"Speech delay: a few words at 2.5 years\"}",
        "{\"name\":\"Speech and language therapy\",\"contactName\":\"Mari Lloyd\","
            + "\"email\":\"mari.lloyd@salt.example\",\"consentToShare\":false}",
        "{\"description\":\"Assess speech and language\",\"agency\":\"Speech and language therapy\","
            + "\"keyworker\":{\"name\":\"Mari Lloyd\",\"email\":\"mari.lloyd@salt.example\"},"
            + "\"dueDate\":\"" + today().plusWeeks(6) + "\"}")
        .doesNotContain("agreedAt", "agreedBy");
    assertThat(nina().get(planPath(reference) + "/versions").body()).isEqualTo("[]");
  }

  @ParameterizedTest(name = "{0} <- {2}")
  @CsvSource(delimiter = '|', value = {
      // the contract
      "needs                       | /needs                     | []",
      "needs                       | /needs                     | <remove>",
      "actions[0].keyworker        | /actions/0/keyworker       | <remove>",
      "actions[0].keyworker.email  | /actions/0/keyworker/email | <remove>",
      "actions[0].keyworker.name   | /actions/0/keyworker/name  | \"\"",
      "actions[1].dueDate          | /actions/1/dueDate         | <remove>",
      "actions[1].agency           | /actions/1/agency          | \"Housing\"",
      "leadAgency                  | /leadAgency                | \"Education\"",
      "reviewDate                  | /reviewDate                | <six months and a day>",
      // the further rules
      "needs[0].area               | /needs/0/area              | \"SPIRITUAL\"",
      "needs[0].area               | /needs/0/area              | <remove>",
      "needs[1].description        | /needs/1/description       | \"\"",
      "needs[1].description        | /needs/1/description       | <1001 characters>",
      "needs[0]                    | /needs/0                   | null",
      "reviewDate                  | /reviewDate                | <remove>",
      "reviewDate                  | /reviewDate                | <yesterday>",
      "agencies                    | /agencies                  | []",
      "agencies[1].name            | /agencies/1/name           | \" health VISITING \"",
      "agencies[1].name            | /agencies/1/name           | <201 characters>",
      "agencies[0].email           | /agencies/0/email          | \"owen.price-at-hv.example\"",
      "agencies[0].email           | /agencies/0/email          | <remove>",
      "agencies[0].consentToShare  | /agencies/0/consentToShare | <remove>",
      "actions[0].keyworker.email  | /actions/0/keyworker/email | \"mari.lloyd\"",
      "actions[0].description      | /actions/0/description     | \"\"",
      "actions                     | /actions                   | <remove>",
      "caseManager                 | /caseManager               | <remove>",
      "caseManager                 | /caseManager               | \"sara\"",
      "caseManager                 | /caseManager               | \"nobody-here\"",
      "caseManager                 | /caseManager               | <65 characters>",
      "leadAgency                  | /leadAgency                | \"Health\\nvisiting\"",
      "agencies[0].contactName     | /agencies/0/contactName    | \"Owen\\u202EPrice\"",
      "actions[1].keyworker.name   | /actions/1/keyworker/name  | \"Owen\\r\\nBcc: x@evil.example\""})
  void shouldRefuseAnInvalidPlanNamingTheFieldAndStoreNothing(String field, String pointer, String value) {
    // given
    String reference = newCase();
    long plansBefore = plans.count(); // the Spring context (and its database) is shared with other tests

    // when
    var response = nina().putJson(planPath(reference), edited(pointer, value));

    // then
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"", "Invalid fields: ");
    assertThat(plans.count()).isEqualTo(plansBefore);
    assertThat(nina().get(planPath(reference)).statusCode()).isEqualTo(404);
  }

  @Test
  void shouldNameEveryOffendingFieldInOneAnswer() {
    String reference = newCase();
    String plan = edit(edit(edit(validPlan(), "/needs", "[]"), "/actions/0/keyworker/email", "<remove>"),
        "/reviewDate", "\"" + today().plusYears(1) + "\"");

    var response = nina().putJson(planPath(reference), plan);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"message\":\"Invalid fields: actions[0].keyworker.email, needs, reviewDate\"");
  }

  @Test
  void shouldLetAnActionNameAServiceOfTheDirectory() throws Exception {
    String reference = newCase();
    long service = json.readTree(nina().get("/api/directory/services?q=Portage").body()).get(0).get("id").asLong();

    var named = nina().putJson(planPath(reference), edited("/actions/0/serviceId", String.valueOf(service)));
    var unknown = nina().putJson(planPath(reference), edited("/actions/0/serviceId", "999999999"));

    assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
    assertThat(named.body()).contains("\"serviceId\":" + service);
    assertThat(nina().get(planPath(reference)).body()).contains("\"serviceId\":" + service);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Invalid fields: actions[0].serviceId", "no service 999999999 in the directory");
  }

  @Test
  void shouldRefuseAPersonalBudgetOnAChildsPlan() {
    var refused = nina().putJson(planPath(newCase()), edited("/personalBudget", "{\"weeklyAmount\": 100}"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Invalid fields: personalBudget", "only an adult's support plan");
  }

  @Test
  void shouldAcceptAReviewExactlySixMonthsAfterThePlanDate() {
    var response = nina().putJson(planPath(newCase()), edited("/reviewDate", "\"" + today().plusMonths(6) + "\""));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void shouldRefuseAReviewOneDayLaterThanSixMonths() {
    var response = nina().putJson(planPath(newCase()), edited("/reviewDate", "<six months and a day>"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("{\"field\":\"reviewDate\",\"message\":\"must be at most 6 months after the plan date "
        + today() + ", by " + today().plusMonths(6) + "\"}");
  }

  @Test
  void shouldRefuseMalformedJsonAndUnknownFieldsButIgnoreWhatAGetAnswerAdds() {
    String reference = newCase();
    String read = nina().putJson(planPath(reference), validPlan()).body();

    var malformed = nina().putJson(planPath(reference), "{\"needs\": ");
    var unknown = nina().putJson(planPath(reference), edit(validPlan(), "/priority", "\"high\""));
    var roundTrip = nina().putJson(planPath(reference), read);

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"priority\"");
    assertThat(roundTrip.statusCode()).as(roundTrip.body()).isEqualTo(200);
  }

  @Test
  void shouldHideThePlanOutsideTheCallersSector() {
    // given
    String reference = newCase();
    nina().putJson(planPath(reference), validPlan());
    var sara = HttpProbe.local(port).as("sara", "demo");

    // then
    assertThat(sara.get(planPath(reference)).statusCode()).isEqualTo(404);
    assertThat(sara.get(planPath(reference)).body()).doesNotContain("Health visiting");
    assertThat(sara.putJson(planPath(reference), validPlan()).statusCode()).isEqualTo(404);
    assertThat(sara.get(planPath(reference) + "/versions").statusCode()).isEqualTo(404);
    assertThat(nina().get(planPath("ISC-N-1999-99999")).statusCode()).isEqualTo(404);
    assertThat(nina().putJson(planPath("ISC-N-1999-99999"), validPlan()).statusCode()).isEqualTo(404);
    assertThat(nina().get(planPath(newCase())).statusCode()).as("no plan yet").isEqualTo(404);
    assertThat(HttpProbe.local(port).get(planPath(reference)).statusCode()).isEqualTo(401);
  }

  @Test
  void shouldRefuseToChangeThePlanOfAClosedCase() {
    // given
    String reference = newCase();
    var careCase = cases.findByReference(reference).orElseThrow();
    careCase.close(CaseOutcome.DISCHARGED, clock.instant());
    cases.save(careCase);

    // when
    var response = nina().putJson(planPath(reference), validPlan());

    // then
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("is closed");
    assertThat(nina().get(planPath(reference)).statusCode()).isEqualTo(404);
  }

  @Test
  void shouldKeepEveryAgreedVersionUnchanged() {
    // given: version 1 agreed
    String reference = newCase();
    nina().putJson(planPath(reference), validPlan());
    AgreedPlan first = carePlans.agree(reference, "nina");
    String versionOne = nina().get(planPath(reference) + "/versions/1").body();

    // when: the plan is changed and agreed again
    var draft = nina().putJson(planPath(reference), edited("/leadAgency", "\"Speech and language therapy\""));
    String currentDraft = nina().get(planPath(reference)).body();
    AgreedPlan second = carePlans.agree(reference, "noah");

    // then
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.leadAgency()).isEqualTo("Health visiting");
    assertThat(first.agenciesToCirculate()).extracting(AgreedPlan.Agency::name).containsExactly("Health visiting");
    assertThat(first.actions().get(0).keyworker()).isEqualTo(new AgreedPlan.Keyworker("Mari Lloyd", "mari.lloyd@salt.example"));
    assertThat(versionOne).contains("\"version\":1", "\"status\":\"AGREED\"", "\"agreedBy\":\"nina\"",
        "\"leadAgency\":\"Health visiting\"");
    assertThat(draft.body()).contains("\"version\":2", "\"status\":\"DRAFT\"");
    assertThat(currentDraft).isEqualTo(draft.body());
    assertThat(nina().get(planPath(reference) + "/versions/1").body()).isEqualTo(versionOne);
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.leadAgency()).isEqualTo("Speech and language therapy");
    assertThat(carePlans.latestAgreed(reference)).contains(second);
    assertThat(nina().get(planPath(reference)).body()).contains("\"version\":2", "\"status\":\"AGREED\"");
    assertThat(nina().get(planPath(reference) + "/versions").body())
        .contains("\"version\":1", "\"version\":2", "\"agreedBy\":\"noah\"");
    assertThat(nina().get(planPath(reference) + "/versions/3").statusCode()).isEqualTo(404);
    assertThat(nina().get("/api/cases/" + reference).body()).contains(
        "\"kind\":\"PLAN\",\"title\":\"Interagency Care Plan version 1 agreed\"",
        "\"title\":\"Interagency Care Plan version 2 agreed\"");
  }

  @Test
  void shouldExplainThatThereIsNoPlanToAgree() {
    // given
    String reference = newCase();

    // then
    assertThatThrownBy(() -> carePlans.agree(reference, "nina")).isInstanceOf(BadUserRequestException.class)
        .hasMessage("carePlan: no care plan saved for " + reference + ": save it through the API or the form first");
    nina().putJson(planPath(reference), validPlan());
    carePlans.agree(reference, "nina");
    assertThatThrownBy(() -> carePlans.agree(reference, "nina")).isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("carePlan: no changed care plan saved for " + reference + " since version 1");
    assertThat(carePlans.versions(reference)).hasSize(1);
  }

  private String validPlan() {
    return """
        {"needs": [{"area": "DEVELOPMENTAL_EDUCATION", "description": "Speech delay: a few words at 2.5 years"},
                   {"area": "SOCIAL", "description": "Family new to the area, no support nearby"}],
         "agencies": [{"name": "Health visiting", "contactName": "Owen Price", "email": "owen.price@hv.example",
                       "consentToShare": true},
                      {"name": "Speech and language therapy", "contactName": "Mari Lloyd",
                       "email": "mari.lloyd@salt.example", "consentToShare": false}],
         "actions": [{"description": "Assess speech and language", "agency": "Speech and language therapy",
                      "keyworker": {"name": "Mari Lloyd", "email": "mari.lloyd@salt.example"}, "dueDate": "%s"},
                     {"description": "Introduce the family to the stay and play group", "agency": "Health visiting",
                      "keyworker": {"name": "Owen Price", "email": "owen.price@hv.example"}, "dueDate": "%s"}],
         "leadAgency": "Health visiting", "caseManager": "nina", "reviewDate": "%s"}
        """.formatted(today().plusWeeks(6), today().plusWeeks(2), today().plusMonths(3));
  }

  private String edited(String pointer, String value) {
    return edit(validPlan(), pointer, value);
  }

  /** Sets (or with {@code <remove>} removes) the value at a JSON pointer; {@code <...>} values are made here. */
  private String edit(String plan, String pointer, String value) {
    try {
      var root = json.readTree(plan);
      var parent = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
      String name = pointer.substring(pointer.lastIndexOf('/') + 1);
      if (value.equals("<remove>")) {
        ((ObjectNode) parent).remove(name);
      } else if (parent.isArray()) {
        ((ArrayNode) parent).set(Integer.parseInt(name), json.readTree(made(value)));
      } else {
        ((ObjectNode) parent).set(name, json.readTree(made(value)));
      }
      return json.writeValueAsString(root);
    } catch (Exception e) {
      throw new IllegalArgumentException(pointer + " <- " + value, e);
    }
  }

  private String made(String value) {
    return switch (value) {
      case "<yesterday>" -> "\"" + today().minusDays(1) + "\"";
      case "<six months and a day>" -> "\"" + today().plusMonths(6).plusDays(1) + "\"";
      case "<65 characters>" -> "\"" + "n".repeat(65) + "\"";
      case "<201 characters>" -> "\"" + "a".repeat(201) + "\"";
      case "<1001 characters>" -> "\"" + "d".repeat(1001) + "\"";
      default -> value;
    };
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private String newCase() {
    var response = nina().postJson("/api/referrals", ReferralRequests.valid("NORTH", "CP-" + UUID.randomUUID()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    var matcher = java.util.regex.Pattern.compile("\"reference\":\"([^\"]+)\"").matcher(response.body());
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  private static String planPath(String reference) {
    return "/api/cases/" + reference + "/care-plan";
  }

  private HttpProbe nina() {
    return HttpProbe.local(port).as("nina", "demo");
  }
}

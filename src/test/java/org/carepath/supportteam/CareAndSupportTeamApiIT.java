package org.carepath.supportteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** {@code PUT/GET /api/care-and-support-teams}: the contract, its refusals, and the team's group. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CareAndSupportTeamApiIT {

  @LocalServerPort int port;
  @Autowired CareAndSupportTeamRepository teams;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  @Test
  void shouldCreateATeamWithItsGroupThenChangeIt() {
    // given
    String id = newId();

    // when
    var created = as("demo").putJson(path(id), "{\"name\":\"Hexham\",\"gpPractices\":[\"A84601\",\"a84602\"]}");
    var changed = as("demo").putJson(path(id), "{\"name\":\"Hexham and Tynedale\",\"gpPractices\":[\"A84602\",\"A84603\"]}");

    // then
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).isEqualTo("{\"id\":\"" + id + "\",\"name\":\"Hexham\",\"group\":\"cst-" + id
        + "\",\"gpPractices\":[\"A84601\",\"A84602\"]}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(teams.findById(id).orElseThrow().gpPractices()).containsExactly("A84602", "A84603");
    var group = identity.createGroupQuery().groupId("cst-" + id).singleResult();
    assertThat(group.getName()).isEqualTo("Care and support team Hexham and Tynedale");
    assertThat(authorizations.isUserAuthorized("nobody", java.util.List.of("cst-" + id), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(authorizations.isUserAuthorized("nobody", java.util.List.of("cst-" + id), Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "AdultContact")).isTrue();
    assertThat(as("amy-unknown").get("/api/care-and-support-teams").statusCode()).isEqualTo(401);
    assertThat(as("alan").get("/api/care-and-support-teams").body())
        .contains("{\"id\":\"" + id + "\",\"name\":\"Hexham and Tynedale\"");
  }

  @Test
  void shouldListTheDemoTeamsWithTheirMembersInTheirGroups() {
    var listed = as("cath").get("/api/care-and-support-teams");

    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains(
        "{\"id\":\"alnwick\",\"name\":\"Alnwick\",\"group\":\"cst-alnwick\",\"gpPractices\":[\"A84005\",\"A84030\"]}",
        "{\"id\":\"blyth\",\"name\":\"Blyth\",\"group\":\"cst-blyth\",\"gpPractices\":[\"A84002\",\"A84013\"]}");
    assertThat(identity.createUserQuery().memberOfGroup("cst-alnwick").list())
        .extracting(u -> u.getId()).containsExactlyInAnyOrder("alan", "ava");
  }

  @Test
  void shouldLetOnlyAnAdministratorCreateATeam() {
    String id = newId();
    for (String user : new String[] {"cath", "alan", "lesley", "max", "nina"}) {
      var refused = as(user).putJson(path(id), "{\"name\":\"Hexham\",\"gpPractices\":[]}");
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
    }
    assertThat(teams.findById(id)).isEmpty();
    assertThat(identity.createGroupQuery().groupId("cst-" + id).count()).isZero();
  }

  @Test
  void shouldNameEachBadFieldAndStoreNothing() {
    String id = newId();
    var badBody = as("demo").putJson(path(id), "{\"name\":\" \",\"gpPractices\":[\"A8400\",\"123456\",null]}");
    var noPractices = as("demo").putJson(path(id), "{\"name\":\"Hexham\"}");
    var badId = as("demo").putJson(path("Hexham_1"), "{\"name\":\"Hexham\",\"gpPractices\":[]}");
    var trailingHyphen = as("demo").putJson(path("hexham-"), "{\"name\":\"Hexham\",\"gpPractices\":[]}");
    var notJson = as("demo").putJson(path(id), "{\"name\":\"Hexham\",\"gpPractices\":\"A84601\"}");

    assertThat(badBody.statusCode()).isEqualTo(400);
    assertThat(badBody.body()).contains("Invalid fields: gpPractices[0], gpPractices[1], gpPractices[2], name",
        "must be an ODS practice code: one letter and five digits (A81001)");
    assertThat(noPractices.statusCode()).isEqualTo(400);
    assertThat(noPractices.body()).contains("Invalid fields: gpPractices");
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(badId.body()).contains("Invalid fields: id", "lower-case letters, digits and hyphens");
    assertThat(trailingHyphen.statusCode()).isEqualTo(400);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).contains("gpPractices");
    assertThat(teams.findById(id)).isEmpty();
    assertThat(identity.createGroupQuery().groupId("cst-" + id).count()).isZero();
  }

  @Test
  void shouldRefuseAPracticeThatAnotherTeamHoldsAndChangeNothing() {
    // given
    String id = newId();

    // when: Alnwick's practice given to a new team
    var taken = as("demo").putJson(path(id), "{\"name\":\"Hexham\",\"gpPractices\":[\"A84701\",\"A84005\"]}");

    // then
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
    assertThat(taken.body()).contains("gpPractices: A84005 belongs to the care and support team 'alnwick'");
    assertThat(teams.findById(id)).isEmpty();
    assertThat(teams.findByPractice("A84701")).isEmpty();
    assertThat(identity.createGroupQuery().groupId("cst-" + id).count()).isZero();
    assertThat(teams.findByPractice("A84005").orElseThrow().id()).isEqualTo("alnwick");
  }

  private static String newId() {
    return "t" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String path(String id) {
    return "/api/care-and-support-teams/" + id;
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}

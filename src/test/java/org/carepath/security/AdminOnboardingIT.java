package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.security.AccessProbe.post;
import static org.carepath.security.AccessProbe.put;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Onboarding in Camunda Admin, as an administrator does it in the browser: the Admin webapp's own
 * engine API with the session cookie and CSRF token. Administrators hold grants, so it works; a service
 * lead cannot even sign in to Admin. The same on PostgreSQL with nobody but the administrator:
 * ProductionInstallPostgresIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AdminOnboardingIT {

  private static final String ENGINE = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;

  @Test
  void shouldLetTheAdministratorCreateAWorkerSetHerGroupsAndUnlockHerInAdmin() {
    // given the administrator signed in to Admin
    var admin = WebappSession.login(port, "admin", "demo");
    String id = "new." + UUID.randomUUID().toString().substring(0, 6);

    // when
    var weak = admin.send(post(ENGINE + "/user/create", user(id, "demo")));
    var created = admin.send(post(ENGINE + "/user/create", user(id, "copper-kettle-meadow")));
    var team = admin.send(put(ENGINE + "/group/iscan-west/members/" + id, null));
    var role = admin.send(put(ENGINE + "/group/family-support-workers/members/" + id, null));
    var unlocked = admin.send(post(ENGINE + "/user/" + id + "/unlock", null));

    // then she signs in to Tasklist with the password she was given, and the weak one made nobody
    // Admin checks the policy as the password is typed; sent anyway, the webapps' engine API answers as
    // /engine-rest does: a 400 with the policy in a sentence (WebappEngineApiAnswers)
    assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
    assertThat(weak.body()).contains("The password does not meet the staff password policy: at least 12 characters");
    assertThat(List.of(created.statusCode(), team.statusCode(), role.statusCode(), unlocked.statusCode()))
        .as(created.body()).containsOnly(204);
    var worker = WebappSession.attempt(port, "tasklist", id, "copper-kettle-meadow");
    assertThat(worker.loginStatus()).isEqualTo(200);
    assertThat(WebappSession.attempt(port, "admin", "lesley").loginStatus()).isIn(401, 403);
  }

  private static String user(String id, String password) {
    return """
        {"profile": {"id": "%s", "firstName": "Newt", "lastName": "West", "email": "%s@council.example"},
         "credentials": {"password": "%s"}}""".formatted(id, id, password);
  }
}

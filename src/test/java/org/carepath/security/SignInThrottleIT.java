package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Wrong passwords slow the address they come from, and lock nobody out: the finding was that ten
 * spaced wrong passwords locked {@code sam}, or the only administrator, for good. Each test signs in
 * as a member of staff of its own, so no other test is slowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SignInThrottleIT {

  private static final String PASSWORD = "amber-window-forest";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void shouldSlowTheGuessingAddressButNotTheMemberOfStaffAtHerOwnDesk() throws Exception {
    // given a member of staff, and an attacker on another address who knows her user name
    String user = newUser();
    HttpProbe attacker = new HttpProbe("http://127.0.0.1:" + port);

    // when the attacker guesses six times, then tries the right password
    List<Integer> guesses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      guesses.add(attacker.as(user, "guess-" + i).get("/api/me").statusCode());
    }
    var slowed = attacker.as(user, PASSWORD).get("/engine-rest/task");

    // then the attacker waits, with no password checked; she signs in at once from her desk
    assertThat(guesses).containsOnly(401);
    assertThat(slowed.statusCode()).isEqualTo(429);
    assertThat(slowed.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 60L));
    assertThat(slowed.body()).contains("Too many wrong passwords for this user from your address");
    assertThat(statusFrom("127.0.0.2", user, PASSWORD)).as("from her desk").isEqualTo(200);
  }

  @Test
  void shouldCountGuessesHoweverTheHeaderIsSpelledAndWhateverAnsweredInBetween() {
    // given a user, and an attacker who spells the Basic header as Camunda's lenient decoder allows
    String user = newUser();
    HttpProbe attacker = new HttpProbe("http://127.0.0.1:" + port);
    String odd = java.util.Base64.getEncoder().encodeToString((user + ":guess").getBytes(StandardCharsets.UTF_8));
    odd = odd.substring(0, 4) + "." + odd.substring(4);

    // when he guesses with it, and in between asks the one URL Camunda answers without a password
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      answers.add(attacker.send(attacker.request("/api/me").header("Authorization", "Basic " + odd)).statusCode());
      attacker.as(user, "anything").get("/engine-rest/engine");
    }
    var next = attacker.as(user, PASSWORD).get("/api/me");

    // then every odd guess counted, and nothing reset the count
    assertThat(answers).containsOnly(401);
    assertThat(next.statusCode()).isEqualTo(429);
  }

  @Test
  void shouldCountLoginsUnderAnySpellingOfThePath() {
    String user = newUser();
    List<Integer> guesses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      guesses.add(WebappSession.attemptAt(port, "tasklist", "/camunda/api/admin/auth/user/default/login;x=1/tasklist",
          user, "guess-" + i).loginStatus());
    }
    assertThat(guesses.subList(0, 6)).as(guesses.toString()).containsOnly(401);
    assertThat(guesses.get(6)).as(guesses.toString()).isEqualTo(429);
  }

  @Test
  void shouldNeverLockAnAccountHoweverManyPasswordsAreWrong() {
    // given
    String user = newUser();

    // when fifty wrong passwords reach the engine (more than Camunda's lock-out of 10 before)
    for (int i = 0; i < 50; i++) {
      identity.checkPassword(user, "wrong-" + i);
    }

    // then the right one still works, at once
    assertThat(identity.checkPassword(user, PASSWORD)).isTrue();
    assertThat(identity.createUserQuery().userId(user).singleResult()).isNotNull();
  }

  @Test
  void shouldSlowGuessesAtTheCasePagesToo() {
    // given
    String user = newUser();
    HttpProbe attacker = new HttpProbe("http://127.0.0.1:" + port);

    // when the case pages, which take HTTP Basic as the API does, are used to guess
    List<Integer> guesses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      guesses.add(attacker.as(user, "guess-" + i).get("/cases").statusCode());
    }

    // then
    assertThat(guesses.subList(0, 6)).containsOnly(401);
    assertThat(guesses.get(6)).isEqualTo(429);
    assertThat(attacker.as(user, PASSWORD).get("/cases").statusCode()).isEqualTo(429);
  }

  @Test
  void shouldSlowGuessesAtTheWebappLoginToo() {
    // given
    String user = newUser();

    // when
    List<Integer> guesses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      guesses.add(WebappSession.attempt(port, "tasklist", user, "guess-" + i).loginStatus());
    }

    // then the seventh is not even checked, and the right password is slowed from there too
    assertThat(guesses.subList(0, 6)).containsOnly(401);
    assertThat(guesses.get(6)).isEqualTo(429);
    assertThat(WebappSession.attempt(port, "tasklist", user, PASSWORD).loginStatus()).isEqualTo(429);
  }

  @Test
  void shouldNotLetAColleagueCheckSomeoneElsesPassword() {
    // given a signed-in member of staff and a colleague's user name
    String colleague = newUser();

    // when she asks Camunda whether a guess is the colleague's password
    var verify = HttpProbe.local(port).as("will", "demo").postJson("/engine-rest/identity/verify",
        "{\"username\":\"" + colleague + "\",\"password\":\"" + PASSWORD + "\"}");
    var pathParameter = HttpProbe.local(port).as("will", "demo").postJson("/engine-rest/identity/verify;x=1",
        "{\"username\":\"" + colleague + "\",\"password\":\"" + PASSWORD + "\"}");

    // then the endpoint is closed, and answers nothing about the password
    assertThat(verify.statusCode()).isEqualTo(403);
    assertThat(pathParameter.statusCode()).isEqualTo(403);
    assertThat(verify.body()).doesNotContain("authenticated");
  }

  /** A request whose client address is {@code address} (HttpClient cannot choose its own). */
  private int statusFrom(String address, String user, String password) throws java.io.IOException {
    try (var socket = new java.net.Socket()) {
      socket.bind(new java.net.InetSocketAddress(address, 0));
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
      String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().write(("GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  private String newUser() {
    String id = "throttle." + UUID.randomUUID().toString().substring(0, 8);
    var user = identity.newUser(id);
    user.setFirstName("Throttle");
    user.setLastName("Probe");
    user.setEmail(id + "@carepath.example");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, "iscan-west");
    return id;
  }
}

package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepath.security.BadInputs.assertNotAServerError;
import static org.carepath.security.BadInputs.assertRefusedNaming;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.carecoordination.CareCoordinationCases;
import org.carepath.careplan.CarePlanRequests;
import org.carepath.referral.ReferralRequests;
import org.carepath.security.BadInputs.Snapshot;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bodies that are bad as a whole, sent to every JSON endpoint that writes: malformed or hostile
 * JSON, 10 MB, other content types, a Java-serialized object. Each is a 400 or a 415, nothing is
 * written and none is a 500. The refusals come before the case is looked at, so a fresh referral
 * stands for every case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class BadBodyIT {

  private static final int TEN_MB = 10 * 1024 * 1024;
  /** {@code new java.util.ArrayList<>()} serialized by Java: the start of every gadget chain. */
  private static final String SERIALIZED_LIST = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";
  private static String reference;

  enum Endpoint {
    REFERRAL("POST", "/api/referrals", "reason"),
    CARE_PLAN("PUT", "/api/cases/%s/care-plan", "needs[0].description"),
    EVENT("POST", "/api/cases/%s/events", "reason"),
    LEAD_AGENCY("POST", "/api/cases/%s/care-plan/lead-agency", "candidates[0].agency");

    final String method;
    final String path;
    final String textField;

    Endpoint(String method, String path, String textField) {
      this.method = method;
      this.path = path;
      this.textField = textField;
    }

    String valid() {
      return switch (this) {
        case REFERRAL -> ReferralRequests.valid("NORTH", "bad-body-" + UUID.randomUUID());
        case CARE_PLAN -> CarePlanRequests.valid("nina", CareCoordinationCases.today().plusWeeks(4),
            CareCoordinationCases.today().plusMonths(3));
        case EVENT -> "{\"type\": \"DISENGAGED\", \"reason\": \"No answer since March\"}";
        case LEAD_AGENCY -> "{\"candidates\": [{\"agency\": \"Health visiting\", \"contactIntensity\": \"HIGH\","
            + " \"contactRegularity\": \"WEEKLY\", \"hasCapacity\": true, \"familyPreference\": false}]}";
      };
    }
  }

  /** endpoint, label, content type, body, status, the field the 400 names (or null). */
  static Stream<Arguments> badBodies() {
    List<Arguments> rows = new ArrayList<>();
    for (Endpoint e : Endpoint.values()) {
      String valid = e.valid();
      String json = "application/json";
      rows.add(arguments(e, "truncated JSON", json, bytes(valid.substring(0, valid.length() / 2)), 400, null));
      rows.add(arguments(e, "trailing garbage after the object", json, bytes(valid + " {\"x\": 1}"), 400, null));
      rows.add(arguments(e, "single quotes", json, bytes(valid.replace('"', '\'')), 400, null));
      rows.add(arguments(e, "an array instead of an object", json, bytes("[" + valid + "]"), 400, null));
      rows.add(arguments(e, "JSON null", json, bytes("null"), 400, null));
      rows.add(arguments(e, "empty body", json, new byte[0], 400, null));
      rows.add(arguments(e, "nested 5000 deep", json, bytes("{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), 400, null));
      rows.add(arguments(e, "invalid UTF-8", json, invalidUtf8(valid), 400, null));
      rows.add(arguments(e, "a number of 10000 digits", json, bytes(BadInputs.with(valid, e.textField,
          com.fasterxml.jackson.databind.node.DecimalNode.valueOf(new java.math.BigDecimal("9".repeat(10_000))))), 400, null));
      rows.add(arguments(e, "10 MB text field", json, bytes(BadInputs.with(valid, e.textField, "x".repeat(TEN_MB))), 400,
          e.textField));
      rows.add(arguments(e, "10 MB of spaces before an unknown field", json, bytes(" ".repeat(TEN_MB) + "{\"surprise\": 1}"),
          400, "surprise"));
      rows.add(arguments(e, "text/plain", "text/plain", bytes(valid), 415, null));
      rows.add(arguments(e, "application/xml", "application/xml", bytes("<referral><reason>x</reason></referral>"), 415, null));
      rows.add(arguments(e, "form-encoded", "application/x-www-form-urlencoded", bytes("reason=x&type=DISENGAGED"), 415, null));
      rows.add(arguments(e, "Java-serialized ArrayList", "application/x-java-serialized-object",
          java.util.Base64.getDecoder().decode(SERIALIZED_LIST), 415, null));
    }
    return rows.stream();
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @BeforeEach
  void aCase() {
    if (reference == null) {
      reference = new CareCoordinationCases(port, runtime, tasks, management).referral();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("badBodies")
  void shouldRefuseTheWholeBodyAndWriteNothing(Endpoint endpoint, String label, String contentType, byte[] body,
      int status, String field) {
    // given
    Snapshot before = Snapshot.of(jdbc, runtime, tasks);
    var nina = HttpProbe.local(port).as("nina", "demo");

    // when
    var response = nina.send(nina.request(endpoint.path.formatted(reference)).header("Content-Type", contentType)
        .method(endpoint.method, HttpRequest.BodyPublishers.ofByteArray(body)));

    // then
    assertNotAServerError(response);
    if (field != null) {
      assertRefusedNaming(response, field);
    } else {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
      // a 415 is Spring's own answer (no handler was chosen, so ApiErrors is not asked): no message
      assertThat(BadInputs.read(response).get("status").asInt()).isEqualTo(status);
    }
    assertThat(Snapshot.of(jdbc, runtime, tasks)).isEqualTo(before);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The valid body with a byte sequence that is not UTF-8 inside its first string. */
  private static byte[] invalidUtf8(String valid) {
    byte[] text = bytes(valid);
    int quote = valid.indexOf('"', valid.indexOf(':') + 1) + 1;
    byte[] bad = new byte[text.length + 2];
    System.arraycopy(text, 0, bad, 0, quote);
    bad[quote] = (byte) 0xC3;
    bad[quote + 1] = (byte) 0x28;
    System.arraycopy(text, quote, bad, quote + 2, text.length - quote);
    return bad;
  }
}

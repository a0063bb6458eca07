package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bad input suite's tools: a valid JSON body with one field replaced (so that NUL, CR/LF and
 * right-to-left overrides are escaped by Jackson, not by hand), the two acceptable answers, and a
 * snapshot of every table a refused request could half-write.
 */
final class BadInputs {

  static final ObjectMapper JSON = new ObjectMapper();
  /** Evaluated, either expression would set a process variable {@code pwned}. */
  static final String DOLLAR_CANARY = "${execution.setVariable('pwned', true)}";
  static final String HASH_CANARY = "#{execution.setVariable('pwned', true)}";
  static final String MEGABYTE = "a".repeat(1024 * 1024);

  private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

  private BadInputs() {}

  /** {@code json} with the field at {@code path} ({@code child.givenName}, {@code needs[0].description}) set. */
  static String with(String json, String path, Object value) {
    try {
      JsonNode root = JSON.readTree(json);
      JsonNode parent = root;
      String[] steps = path.split("\\.");
      for (int i = 0; i < steps.length; i++) {
        Matcher step = STEP.matcher(steps[i]);
        assertThat(step.matches()).as(path).isTrue();
        boolean last = i == steps.length - 1;
        JsonNode node = value instanceof JsonNode n ? n : value == null ? null : new TextNode(value.toString());
        if (step.group(2) == null && last) {
          ((ObjectNode) parent).set(step.group(1), node);
        } else if (last) {
          ((ArrayNode) parent.get(step.group(1))).set(Integer.parseInt(step.group(2)), node);
        } else {
          parent = step.group(2) == null ? parent.get(step.group(1)) : parent.get(step.group(1)).get(Integer.parseInt(step.group(2)));
        }
      }
      // a lone surrogate cannot travel as UTF-8: send it as a JSON escape, as a hostile client can
      boolean loneSurrogate = value instanceof String text && !text.equals(new String(
          text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8));
      return loneSurrogate
          ? JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(root)
          : JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refused: a 400 whose errors name the field (the field's path with any index). */
  static void assertRefusedNaming(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(read(response).get("errors")).as(response.body())
        .anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
  }

  /** Never a server error, whatever came in. */
  static void assertNotAServerError(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isLessThan(500);
  }

  /** Row counts of carepath's tables and the engine's running work: equal before and after a refusal. */
  record Snapshot(long cases, long referrals, long records, long plans, long needs, long agencies, long actions,
      long processInstances, long tasks, long variables) {

    static Snapshot of(JdbcTemplate jdbc, RuntimeService runtime, TaskService tasks) {
      return new Snapshot(count(jdbc, "care_case"), count(jdbc, "referral"), count(jdbc, "case_record_entry"),
          count(jdbc, "care_plan"), count(jdbc, "care_plan_need"), count(jdbc, "care_plan_agency"),
          count(jdbc, "care_plan_action"), runtime.createProcessInstanceQuery().count(),
          tasks.createTaskQuery().count(), runtime.createVariableInstanceQuery().count());
    }

    private static long count(JdbcTemplate jdbc, String table) {
      return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
  }

  /** No variable named {@code pwned} anywhere in the engine, running or historic. */
  static void assertNoCanaryVariable(RuntimeService runtime, HistoryService history) {
    assertThat(runtime.createVariableInstanceQuery().variableName("pwned").count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().variableName("pwned").count()).isZero();
  }
}

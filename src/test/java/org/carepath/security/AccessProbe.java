package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.carepath.support.HttpProbe;

/**
 * One request of the cross-sector access table. Sent by a user of another sector, its answer must be
 * a refusal ({@link #refusals}) or empty ({@code []}, {@code {}}, a zero count), and no body may hold
 * a secret of the case, except one the request itself named (an echo is no leak). Sent by a user
 * entitled to the case, the same request must find it: otherwise the probe would prove nothing.
 */
record AccessProbe(String method, String path, String body, Set<Integer> refusals) {

  static final Set<Integer> REFUSED = Set.of(401, 403, 404);
  private static final ObjectMapper JSON = new ObjectMapper();

  static AccessProbe get(String path) {
    return new AccessProbe("GET", path, null, REFUSED);
  }

  static AccessProbe post(String path, String body) {
    return new AccessProbe("POST", path, body, REFUSED);
  }

  static AccessProbe put(String path, String body) {
    return new AccessProbe("PUT", path, body, REFUSED);
  }

  static AccessProbe delete(String path) {
    return new AccessProbe("DELETE", path, null, REFUSED);
  }

  /** Also accepts a status meaning "nothing matched", e.g. 400 of a message no instance of yours awaits. */
  AccessProbe orNothingMatched(int status) {
    return new AccessProbe(method, path, body, Set.copyOf(union(refusals, status)));
  }

  @Override
  public String toString() {
    return method + " " + path + (body == null ? "" : " " + body);
  }

  /** Sends the probe with HTTP Basic (or whatever the probe client carries) plus extra headers. */
  HttpResponse<String> send(HttpProbe client, String... headers) {
    HttpRequest.Builder request = client.request(path);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpRequest.BodyPublisher publisher =
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return client.send(request.method(method, publisher));
  }

  /** The answer to a user of another sector: refused or empty, and no secret of the case in it. */
  void assertNothingLeaks(HttpResponse<String> answer, NorthCase north) {
    String body = answer.body() == null ? "" : answer.body();
    assertThat(refusals.contains(answer.statusCode()) || answer.statusCode() / 100 == 2 && isEmpty(body))
        .as("%s answered %d: %s", this, answer.statusCode(), body).isTrue();
    for (String secret : north.secrets()) {
      if (!toString().contains(secret)) {
        assertThat(body).as("%s leaks %s", this, secret).doesNotContain(secret);
      }
    }
  }

  /**
   * The answer to an entitled user: it finds the case, so the probe would have caught a leak. Found
   * means a trace of the case the request did not name, a positive count, a PDF, or any non-empty
   * answer to a request naming one of the case's engine ids.
   */
  void assertFinds(HttpResponse<String> answer, NorthCase north) {
    assertThat(answer.statusCode()).as("%s (control) answered %s", this, answer.body()).isBetween(200, 299);
    String body = answer.body() == null ? "" : answer.body();
    boolean namesAnId = north.engineIds().stream().anyMatch(id -> toString().contains(id));
    assertThat(north.traces().stream().anyMatch(t -> !toString().contains(t) && body.contains(t))
        || countOf(body) > 0 || namesAnId && !isEmpty(body)
        || answer.headers().firstValue("Content-Type").orElse("").contains("pdf"))
        .as("%s (control) finds nothing of the case: %s", this, body).isTrue();
  }

  static boolean isEmpty(String body) {
    String trimmed = body.trim();
    return trimmed.isEmpty() || trimmed.equals("[]") || trimmed.equals("{}") || countOf(trimmed) == 0;
  }

  private static long countOf(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() && node.size() == 1 && node.has("count") ? node.get("count").asLong() : -1;
    } catch (Exception notJson) {
      return -1;
    }
  }

  private static Set<Integer> union(Set<Integer> set, int status) {
    var all = new java.util.HashSet<>(set);
    all.add(status);
    return all;
  }
}

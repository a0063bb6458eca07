package org.carepath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.carepath.support.HttpProbe;

/**
 * A session of Camunda's webapps as the browser has it: the login form's POST to
 * {@code /camunda/api/admin/auth/user/default/login/<app>}, the session cookie, and the CSRF token
 * (handed out in the {@code X-XSRF-TOKEN} header of every page, bound to the session) sent back on
 * every change.
 */
public final class WebappSession {

  private final HttpProbe client;
  private final String app;
  private final int loginStatus;
  private String csrfToken;

  private WebappSession(int port, String app, String user, String password) {
    this(port, app, "/camunda/api/admin/auth/user/default/login/" + app, user, password);
  }

  private WebappSession(int port, String app, String loginPath, String user, String password) {
    this.client = HttpProbe.local(port);
    this.app = app;
    refreshToken();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    loginStatus = client.send(client.request(loginPath)
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    if (loginStatus == 200) {
      refreshToken(); // the login starts a new session, with a new token
    }
  }

  /** Logs in to a webapp ({@code tasklist}, {@code cockpit}, {@code admin}); check {@link #loginStatus()}. */
  static WebappSession attempt(int port, String app, String user) {
    return new WebappSession(port, app, user, "demo");
  }

  /** Logs in with a password of the caller's choosing. */
  static WebappSession attempt(int port, String app, String user, String password) {
    return new WebappSession(port, app, user, password);
  }

  /** Logs in through a login address of the caller's spelling (e.g. with {@code ;parameters}). */
  static WebappSession attemptAt(int port, String app, String loginPath, String user, String password) {
    return new WebappSession(port, app, loginPath, user, password);
  }

  /** Logs in and insists that it worked. */
  public static WebappSession login(int port, String app, String user) {
    WebappSession session = attempt(port, app, user);
    assertThat(session.loginStatus()).as(user + " logs in to " + app).isEqualTo(200);
    return session;
  }

  int loginStatus() {
    return loginStatus;
  }

  HttpResponse<String> send(AccessProbe probe) {
    return probe.send(client, "X-XSRF-TOKEN", csrfToken);
  }

  public HttpResponse<String> open(String path) {
    return client.get(path);
  }

  private void refreshToken() {
    var page = client.get("/camunda/app/" + app + "/default/");
    csrfToken = page.headers().firstValue("X-XSRF-TOKEN").orElse(csrfToken);
  }
}

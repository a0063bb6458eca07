package org.carepath.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link SignInThrottle} in front of every sign-in: HTTP Basic on {@code /api} and {@code
 * /engine-rest}, and the webapps' login form. A throttled try is answered 429 with {@code
 * Retry-After} before any password is checked; a 401 counts as a failure. The client address is the
 * request's remote address: behind a proxy set {@code server.forward-headers-strategy} so that it is
 * the caller's, not the proxy's (docs/operations.md).
 */
@Configuration
class SignInThrottleFilter {

  static final int ORDER = AuthenticationFilters.ORDER - 2;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> signInThrottle(
      @Value("${carepath.sign-in.free-failures:5}") int freeFailures,
      @Value("${carepath.sign-in.max-delay:PT60S}") Duration maxDelay,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    SignInThrottle throttle = new SignInThrottle(freeFailures, maxDelay, Clock.systemUTC());
    String loginPrefix = (webapps + "/api/admin/auth/user/").toLowerCase(java.util.Locale.ROOT);
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = normalisedPath(request);
        boolean login = path.startsWith(loginPrefix) && "POST".equals(request.getMethod()) && path.contains("/login/");
        if (login) {
          request = new ReadableFormRequest(request);
        }
        String user = login ? ((ReadableFormRequest) request).field("username") : basicUser(request);
        if (user == null) {
          chain.doFilter(request, response);
          return;
        }
        String key = user.toLowerCase(Locale.ROOT) + "@" + request.getRemoteAddr();
        Duration wait = throttle.waitFor(key);
        if (!wait.isZero()) {
          long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
          response.setStatus(429);
          response.setHeader("Retry-After", Long.toString(seconds));
          response.setContentType("application/json");
          response.getWriter().write("{\"message\":\"Too many wrong passwords for this user from your address: try again in "
              + seconds + " seconds\"}");
          return;
        }
        chain.doFilter(request, response);
        // A success does not clear the count: Camunda lets some URLs through without checking the password
        // (/engine-rest/engine), so a 200 proves nothing. Counts end an hour after the last failure.
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
          throttle.failed(key);
        }
      }
    };
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("sign-in-throttle");
    // every path that takes HTTP Basic: the APIs, the case pages, the service leads' dashboard and the metrics
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/cases/*", "/reports", "/reports/*", "/actuator/prometheus",
        "/actuator/prometheus/*",
        webapps + "/api/admin/auth/user/*");
    registration.setOrder(ORDER);
    return registration;
  }

  /**
   * The user name of HTTP Basic credentials, or null when the request has none. Decoded as leniently
   * as Camunda decodes it (characters outside Base64 skipped), so that no spelling of the header is
   * checked by Camunda but missed here; a header that still cannot be read counts under "?".
   */
  static String basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic", 0, 5)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getMimeDecoder().decode(header.substring(5).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? "?" : decoded.substring(0, colon).strip();
    } catch (IllegalArgumentException e) {
      return "?";
    }
  }

  /** The path as the servlet container routes it: decoded, without {@code ;parameters}. */
  static String normalisedPath(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.replaceAll("/+$", "").toLowerCase(java.util.Locale.ROOT);
  }
}

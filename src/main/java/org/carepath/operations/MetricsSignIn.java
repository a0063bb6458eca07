package org.carepath.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.carepath.identity.StaffGroups;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/prometheus} is not open to the world: HTTP Basic of a member of {@code
 * metrics-readers} (the monitoring's own user, with no grant in the engine and no case) or of an
 * administrator; 401 without credentials, 403 for anyone else. Wrong passwords are throttled as on the
 * APIs (the sign-in throttle covers this path).
 */
@Configuration
class MetricsSignIn {

  static final String PATH = "/actuator/prometheus";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> metricsSignInFilter(IdentityService identity) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String user = user(request.getHeader("Authorization"), identity);
        if (user == null) {
          response.setHeader("WWW-Authenticate", "Basic realm=\"carepath metrics\"");
          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
          return;
        }
        boolean allowed = identity.createGroupQuery().groupMember(user)
            .groupIdIn(StaffGroups.METRICS_READERS, StaffGroups.CAMUNDA_ADMIN).count() > 0;
        if (!allowed) {
          response.sendError(HttpServletResponse.SC_FORBIDDEN);
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("metrics-sign-in");
    registration.addUrlPatterns(PATH, PATH + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  /** The user of valid Basic credentials, or null. */
  static String user(String authorization, IdentityService identity) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
  }
}

package org.carepath.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.carepath.identity.CurrentStaff;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's live counters ({@code /metrics}) and process statistics are for oversight: service
 * leads and administrators. Anyone else who could deploy a model (a process manager) could make a
 * version whose activity counts depend on a case's data and read the case bit by bit from them.
 * On {@code /engine-rest} it runs inside the REST API's authentication, so it knows who asks; on
 * the webapps' APIs (Cockpit's dashboard and plugins, the engine API behind them) it reads the
 * signed-in person from the webapps' session.
 */
@Configuration
class CountsForOversightOnly {

  static final String REFUSAL = "The engine's counts are for service leads and administrators";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> countsForOversightOnlyFilter(CurrentStaff staff) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (isCount(request) && !staff.readsReports()) {
          response.sendError(HttpServletResponse.SC_FORBIDDEN, REFUSAL);
          return;
        }
        chain.doFilter(request, response);
      }
    };
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("counts-for-oversight-only");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(AuthenticationFilters.ORDER + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappCountsForOversightOnlyFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath,
      @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        UserAuthentication signedIn = WebappSignIn.of(request, engineName);
        // nobody signed in: the webapps' own authentication answers 401
        if (isCount(request) && signedIn != null
            && !CurrentStaff.readsReports(signedIn.getGroupIds() == null ? List.of() : signedIn.getGroupIds())) {
          response.sendError(HttpServletResponse.SC_FORBIDDEN, REFUSAL);
          return;
        }
        chain.doFilter(request, response);
      }
    };
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("webapp-counts-for-oversight-only");
    registration.addUrlPatterns(applicationPath + "/api/*");
    registration.setOrder(AuthenticationFilters.ORDER + 1);
    return registration;
  }

  /** Counters and statistics, however the path is spelt (case, {@code ;parameters}, {@code //}). */
  static boolean isCount(HttpServletRequest request) {
    String path = SignInThrottleFilter.normalisedPath(request);
    return path.contains("/metrics") || path.contains("/statistics");
  }
}

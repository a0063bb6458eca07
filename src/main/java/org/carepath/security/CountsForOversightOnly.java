package org.carepath.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.carepath.identity.CurrentStaff;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's live counters ({@code /metrics}) and process statistics are for oversight: service
 * leads and administrators. Anyone else who could deploy a model (a process manager) could make a
 * version whose activity counts depend on a case's data and read the case bit by bit from them.
 * Runs inside the REST API's authentication, so it knows who asks.
 */
@Configuration
class CountsForOversightOnly {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> countsForOversightOnlyFilter(CurrentStaff staff) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = SignInThrottleFilter.normalisedPath(request);
        if (path.contains("/metrics") || path.endsWith("/statistics")) {
          if (!staff.readsReports()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "The engine's counts are for service leads and administrators");
            return;
          }
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
}

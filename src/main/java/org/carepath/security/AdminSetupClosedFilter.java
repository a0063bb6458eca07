package org.carepath.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes Camunda Admin's first-run setup ({@code /camunda/api/admin/setup/**}). In 7.24.0 CE it
 * creates an administrator without login whenever {@code camunda-admin} has no direct member
 * (CVE-2026-77226). carepath always creates its administrator itself, so the endpoint has no use.
 */
@Configuration
class AdminSetupClosedFilter {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> adminSetupClosed(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    String closedPrefix = (applicationPath + "/api/admin/setup").toLowerCase(Locale.ROOT);
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
            String path = (request.getServletPath() + pathInfo).toLowerCase(Locale.ROOT);
            if (path.startsWith(closedPrefix)) {
              response.sendError(HttpServletResponse.SC_FORBIDDEN, "Admin setup is disabled");
              return;
            }
            chain.doFilter(request, response);
          }
        };
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("admin-setup-closed");
    registration.addUrlPatterns(applicationPath + "/api/admin/*");
    registration.setOrder(AuthenticationFilters.ORDER - 10);
    return registration;
  }
}

package org.carepath.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The audit of {@code /api/**}: {@link ApiAuditFilter} wraps Camunda's authentication filter
 * ({@code security.AuthenticationFilters}, order {@code HIGHEST_PRECEDENCE + 20}) so that a request
 * it refuses (401) is recorded too; a second filter inside it notes the authenticated user, which
 * Camunda's filter forgets again before the answer is complete.
 */
@Configuration
class ApiAuditFilters {

  static final int RECORDING_ORDER = Ordered.HIGHEST_PRECEDENCE + 15;
  static final int USER_ORDER = Ordered.HIGHEST_PRECEDENCE + 25;

  @Bean
  FilterRegistrationBean<ApiAuditFilter> apiAudit(AuditTrail trail, ApiPathTemplates templates) {
    var registration = new FilterRegistrationBean<>(new ApiAuditFilter(trail, templates));
    registration.setName("api-audit");
    registration.addUrlPatterns("/api/*", "/cases/*");
    registration.setOrder(RECORDING_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiAuditUser(IdentityService identity) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        var authentication = identity.getCurrentAuthentication();
        if (authentication != null) {
          request.setAttribute(AuditedRequest.USER, authentication.getUserId());
        }
        chain.doFilter(request, response);
      }
    };
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("api-audit-user");
    registration.addUrlPatterns("/api/*", "/cases/*");
    registration.setOrder(USER_ORDER);
    return registration;
  }
}

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
 * Closes Camunda's {@code POST /identity/verify}, which tells any signed-in caller whether a user name
 * and password of someone else match: a way to guess a colleague's password past the sign-in
 * throttle (which counts the caller's own sign-in). carepath has no use for it.
 */
@Configuration
class PasswordCheckClosed {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> passwordCheckClosedFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = SignInThrottleFilter.normalisedPath(request);
        if (path.endsWith("/identity/verify") || request.getRequestURI().toLowerCase(Locale.ROOT).contains("/identity/verify")) {
          response.sendError(HttpServletResponse.SC_FORBIDDEN, "Checking someone's password is not available");
          return;
        }
        chain.doFilter(request, response);
      }
    };
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("password-check-closed");
    registration.addUrlPatterns("/engine-rest/*", webapps + "/api/engine/*");
    registration.setOrder(AuthenticationFilters.ORDER - 10);
    return registration;
  }
}

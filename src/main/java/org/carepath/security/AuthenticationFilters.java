package org.carepath.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic against Camunda's identity service, on Camunda's REST API and on carepath's own API.
 * Camunda's filter sets the authenticated user and groups on the engine for the request, so
 * authorization checks apply to everything the request does.
 */
@Configuration
class AuthenticationFilters {

  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = basicAuthentication("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> carepathApiAuthentication() {
    var registration = basicAuthentication("carepath-api-authentication");
    registration.addUrlPatterns("/api/*");
    // The whole path counts, so no carepath URL can match Camunda's unauthenticated "/engine".
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "");
    return registration;
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
      String name) {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.setOrder(ORDER);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}

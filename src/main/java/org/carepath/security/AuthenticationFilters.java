package org.carepath.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
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
    var registration = basicAuthentication("engine-rest-authentication", new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> carepathApiAuthentication(
      @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
    // carepath's URLs name no engine: check the credentials against carepath's own engine.
    var registration = basicAuthentication("carepath-api-authentication", new ProcessEngineAuthenticationFilter() {
      @Override
      protected String extractEngineName(String requestUrl) {
        return engineName;
      }
    });
    registration.addUrlPatterns("/api/*");
    // The whole path counts, so no carepath URL can match Camunda's unauthenticated "/engine".
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "");
    return registration;
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(
      String name, ProcessEngineAuthenticationFilter filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.setOrder(ORDER);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}

package org.carepath.casepage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.carepath.security.WebappSignIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in for the case pages ({@code /cases/*}, design 4e): whoever is signed in to Tasklist or
 * Cockpit in this browser (the webapps' session, so a link on a task form just works; their groups
 * read afresh on every request), otherwise HTTP Basic as for {@code /api} (throttled as it is). Either way the person and their groups are set on the engine for the
 * request, so the case's sector and team rules apply as for the API; nobody signed in gets 401.
 */
@Configuration
class CasePageAuthentication {

  /** As carepath's other sign-in filters: inside the audit's recording filter, outside its user filter. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> casePageSignIn(IdentityService identity,
      @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
    ProcessEngineAuthenticationFilter basic = new ProcessEngineAuthenticationFilter() {
      @Override
      protected String extractEngineName(String requestUrl) {
        return engineName;
      }
    };
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      private volatile boolean basicReady;

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        UserAuthentication signedIn = WebappSignIn.of(request, engineName);
        // the person and their groups as they are now, not as the session cached them at sign-in: a
        // worker moved out of a team (or removed) loses its cases on the next page
        String user = signedIn == null ? null : signedIn.getIdentityId();
        if (user != null && identity.createUserQuery().userId(user).count() > 0) {
          identity.setAuthentication(user,
              identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList(),
              identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                  .map(Tenant::getId).toList());
          try {
            chain.doFilter(request, response);
          } finally {
            identity.clearAuthentication();
          }
          return;
        }
        if (!basicReady) {
          synchronized (this) {
            if (!basicReady) {
              basic.init(new BasicConfig(getFilterConfig() == null ? null : getFilterConfig().getServletContext()));
              basicReady = true;
            }
          }
        }
        basic.doFilter(request, response, chain);
      }
    };
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("case-page-sign-in");
    registration.setOrder(ORDER);
    registration.addUrlPatterns("/cases/*", "/reports", "/reports/*");
    return registration;
  }

  /** Camunda's Basic filter, configured as {@code security.AuthenticationFilters} configures it. */
  private record BasicConfig(jakarta.servlet.ServletContext context) implements jakarta.servlet.FilterConfig {
    @Override
    public String getFilterName() {
      return "case-page-basic";
    }

    @Override
    public jakarta.servlet.ServletContext getServletContext() {
      return context;
    }

    @Override
    public String getInitParameter(String name) {
      return switch (name) {
        case ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM -> HttpBasicAuthenticationProvider.class.getName();
        case ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX -> "";
        default -> null;
      };
    }

    @Override
    public java.util.Enumeration<String> getInitParameterNames() {
      return java.util.Collections.enumeration(java.util.List.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
          ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX));
    }
  }
}

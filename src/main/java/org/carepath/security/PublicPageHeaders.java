package org.carepath.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers of the pages carepath renders itself: the public pages a link in a mail opens (feedback,
 * self-assessment, the person's own record) and the staff's case pages: nothing cached (the URL is a credential), no Referer that
 * could carry the token away, no framing, no script at all, form posts only to carepath itself.
 */
@Configuration
public class PublicPageHeaders {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /** The dashboard runs carepath's own script and Chart.js's, from carepath itself, and nothing else. */
  public static final String DASHBOARD_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> dashboardHeadersFilter() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(headers(DASHBOARD_POLICY));
    registration.setName("dashboard-headers");
    registration.addUrlPatterns("/reports", "/reports/*");
    return registration;
  }

  private static OncePerRequestFilter headers(String policy) {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", policy);
        chain.doFilter(request, response);
      }
    };
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> publicPageHeadersFilter() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(headers(CONTENT_SECURITY_POLICY));
    registration.setName("public-page-headers");
    registration.addUrlPatterns("/feedback/*", "/self-assessment/*", "/my-record/*", "/cases/*");
    return registration;
  }
}

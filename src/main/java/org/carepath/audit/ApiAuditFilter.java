package org.carepath.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records every request to {@code /api/**} in the audit trail once its answer is known, and only
 * then lets the answer go: it holds the answer's body back until its line is written. When the
 * line cannot be written the caller gets {@code 503} instead, so nothing leaves carepath untraced.
 */
class ApiAuditFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiAuditFilter.class);
  /** What a case reference looks like at most ({@code ISC-N-2026-00001}); anything else is not stored as one. */
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,32}");
  private static final String NOT_RECORDED = "{\"status\":503,\"message\":\"The request could not be recorded in the "
      + "audit trail, so its answer is withheld. A change it made may have been saved: read before repeating it.\"}";

  private final AuditTrail trail;
  private final ApiPathTemplates templates;

  ApiAuditFilter(AuditTrail trail, ApiPathTemplates templates) {
    this.trail = trail;
    this.templates = templates;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Instant started = trail.now();
    var held = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, held);
    } catch (IOException | ServletException | RuntimeException e) {
      // The container answers 500 with its error page, which carries no case data.
      record(request, started, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "unhandled " + e.getClass().getSimpleName());
      throw e;
    }
    if (record(request, started, held.getStatus(), null) || response.isCommitted()) {
      held.copyBodyToResponse();
    } else {
      response.reset();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getOutputStream().write(NOT_RECORDED.getBytes(StandardCharsets.UTF_8));
    }
  }

  private boolean record(HttpServletRequest request, Instant started, int status, String detail) {
    AuditEvent event = event(request, started, status, detail);
    try {
      trail.recordRequest(event);
      return true;
    } catch (RuntimeException e) {
      log.error("Audit trail not written, answer withheld: {}", event, e);
      return false;
    }
  }

  private AuditEvent event(HttpServletRequest request, Instant started, int status, String detail) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    var endpoint = templates.match(path);
    String template = endpoint.map(ApiPathTemplates.Match::template).orElse("(no such endpoint)");
    String fromPath = endpoint.map(m -> m.variables().get("reference")).orElse(null);
    String reference = request.getAttribute(AuditedRequest.CASE) instanceof String named ? named : fromPath;
    boolean onCase = fromPath != null || reference != null;
    return new AuditEvent(started, (String) request.getAttribute(AuditedRequest.USER),
        reference != null && REFERENCE.matcher(reference).matches() ? reference : null,
        request.getMethod() + " " + template, request.getMethod(), path, AuditOutcome.of(status, onCase), status,
        detail);
  }
}

package org.carepath.audit;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the API audit learns from inside a request: the authenticated user (noted by a filter
 * inside Camunda's authentication filter) and the case a request concerns when its path does not
 * name it ({@code POST /api/referrals} creates one; {@code GET /api/audit?reference=} reads one).
 */
public final class AuditedRequest {

  static final String USER = AuditedRequest.class.getName() + ".user";
  static final String CASE = AuditedRequest.class.getName() + ".case";

  private AuditedRequest() {}

  /** Records the request, if any, against this case. */
  public static void concernsCase(String reference) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null && reference != null) {
      request.setAttribute(CASE, reference, RequestAttributes.SCOPE_REQUEST);
    }
  }
}

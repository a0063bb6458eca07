package org.carepath.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** Who is signed in to Camunda's webapps (Tasklist, Cockpit, Admin) in this browser. */
public final class WebappSignIn {

  private WebappSignIn() {}

  /** The webapps keep who signed in, per engine, in the HTTP session; null when nobody is. */
  public static UserAuthentication of(HttpServletRequest request, String engineName) {
    var session = request.getSession(false);
    if (session == null) {
      return null;
    }
    var signedIn = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
    return signedIn instanceof UserAuthentication user ? user : null;
  }
}

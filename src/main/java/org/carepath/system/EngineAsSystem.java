package org.carepath.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs engine queries as carepath itself, without the caller's authorizations: for reads whose
 * access carepath has already decided (a case of the caller's own sector, say).
 */
@Component
public class EngineAsSystem {

  private final IdentityService identity;

  EngineAsSystem(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(Supplier<T> work) {
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}

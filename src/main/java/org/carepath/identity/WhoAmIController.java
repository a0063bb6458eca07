package org.carepath.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the API sees you as, so an integrator can check its credentials. */
@RestController
class WhoAmIController {

  private final IdentityService identity;

  WhoAmIController(IdentityService identity) {
    this.identity = identity;
  }

  @GetMapping("/api/me")
  Me me() {
    var authentication = identity.getCurrentAuthentication();
    return new Me(authentication.getUserId(), List.copyOf(authentication.getGroupIds()));
  }

  record Me(String userId, List<String> groups) {}
}

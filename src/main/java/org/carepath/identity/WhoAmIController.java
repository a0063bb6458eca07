package org.carepath.identity;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the API sees you as, so an integrator can check its credentials. */
@RestController
class WhoAmIController {

  private final CurrentStaff staff;

  WhoAmIController(CurrentStaff staff) {
    this.staff = staff;
  }

  @GetMapping("/api/me")
  Me me() {
    return new Me(staff.userId(), List.copyOf(staff.groups()));
  }

  record Me(String userId, List<String> groups) {}
}

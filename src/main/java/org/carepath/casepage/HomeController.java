package org.carepath.casepage;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /}: where each role starts (Tasklist, finding a case, Cockpit, Admin, the API), instead of
 * Camunda's generic welcome page. It holds no case data, so it needs no sign-in.
 */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "home";
  }
}

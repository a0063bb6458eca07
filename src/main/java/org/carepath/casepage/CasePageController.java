package org.carepath.casepage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** {@code GET /cases/{reference}}: the case page for staff of the case's sector or team (design 4e). */
@Controller
class CasePageController {

  private final CasePages pages;

  CasePageController(CasePages pages) {
    this.pages = pages;
  }

  @GetMapping("/cases/{reference}")
  ModelAndView page(@PathVariable String reference) {
    return new ModelAndView("case/page", HttpStatus.OK).addAllObjects(pages.of(reference));
  }
}

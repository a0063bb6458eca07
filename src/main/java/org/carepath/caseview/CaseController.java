package org.carepath.caseview;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{reference}}: 404 for an unknown case and for a case outside the caller's sectors. */
@RestController
class CaseController {

  private final CaseQueries queries;

  CaseController(CaseQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/cases/{reference}")
  CaseView get(@PathVariable String reference) {
    return queries.view(reference);
  }
}

package org.carepath.casesearch;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases?q=} (design 4e), see {@link CaseSearch}. */
@RestController
class CaseSearchController {

  private final CaseSearch search;

  CaseSearchController(CaseSearch search) {
    this.search = search;
  }

  @GetMapping("/api/cases")
  List<CaseSearch.Hit> search(@RequestParam(required = false) String q) {
    return search.search(q);
  }
}

package org.carepath.circulation;

import org.carepath.casefile.CareCase;
import org.carepath.caseview.CaseQueries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/cases/{reference}/care-plan/versions/{n}/pdf}: the agreed version exactly as it was
 * circulated, e.g. to print it for a family without e-mail. 404 for a version not agreed, an unknown
 * case or a case outside the caller's sectors.
 */
@RestController
class CarePlanPdfController {

  private final CaseQueries queries;
  private final CarePlanCirculation circulation;

  CarePlanPdfController(CaseQueries queries, CarePlanCirculation circulation) {
    this.queries = queries;
    this.circulation = circulation;
  }

  // the same PDF for the API and for the case page (signed in to the webapps)
  @GetMapping({"/api/cases/{reference}/care-plan/versions/{version}/pdf", "/cases/{reference}/care-plan/versions/{version}/pdf"})
  ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable int version) {
    CareCase careCase = queries.accessible(reference);
    byte[] document = circulation.pdfOf(careCase, version)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No agreed version " + version + " of " + reference));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("care-plan-" + reference + "-v" + version + ".pdf").build().toString())
        .body(document);
  }
}

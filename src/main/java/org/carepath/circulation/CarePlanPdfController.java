package org.carepath.circulation;

import org.carepath.careplan.AgreedPlan;
import org.carepath.careplan.CarePlanView;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CaseQueries;
import org.carepath.casefile.CasePeople;
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
  private final CarePlans plans;
  private final CasePeople people;
  private final CarePlanCirculation circulation;
  private final CarePlanPdf pdf;

  CarePlanPdfController(CaseQueries queries, CarePlans plans, CasePeople people,
      CarePlanCirculation circulation, CarePlanPdf pdf) {
    this.queries = queries;
    this.plans = plans;
    this.people = people;
    this.circulation = circulation;
    this.pdf = pdf;
  }

  // the same PDF for the API and for the case page (signed in to the webapps)
  @GetMapping({"/api/cases/{reference}/care-plan/versions/{version}/pdf", "/cases/{reference}/care-plan/versions/{version}/pdf"})
  ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable int version) {
    CareCase careCase = queries.accessible(reference);
    CarePlanView view = plans.version(reference, version)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No agreed version " + version + " of " + reference));
    AgreedPlan plan = new AgreedPlan(view.reference(), view.version(), view.planDate(), view.leadAgency(),
        view.caseManager(), view.reviewDate(), view.needs(), view.agencies(), view.actions(), view.agreedBy(), view.agreedAt());
    var parties = people.of(careCase);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("care-plan-" + reference + "-v" + version + ".pdf").build().toString())
        .body(pdf.render(circulation.document(plan, parties)));
  }
}

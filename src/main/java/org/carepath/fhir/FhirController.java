package org.carepath.fhir;

import java.util.List;
import org.carepath.api.InvalidFieldsException;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.caseview.CaseQueries;
import org.carepath.identity.CurrentStaff;
import org.carepath.identity.StaffGroups;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/cases/{reference}/fhir[?agency=<name>]} (design 4d): the case as a FHIR R4 Bundle,
 * {@code application/fhir+json}. The case's own team (404 for anyone else, as for the case), a
 * {@code referral-intake} system for the cases it opened itself, and information governance. With {@code agency}, only what that
 * agency's consent allows.
 */
@RestController
class FhirController {

  static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

  private final CaseFhirExport export;
  private final CaseQueries queries;
  private final CareCaseRepository cases;
  private final CurrentStaff staff;
  private final org.carepath.audit.AuditTrail audit;

  FhirController(CaseFhirExport export, CaseQueries queries, CareCaseRepository cases, CurrentStaff staff,
      org.carepath.audit.AuditTrail audit) {
    this.audit = audit;
    this.export = export;
    this.queries = queries;
    this.cases = cases;
    this.staff = staff;
  }

  @GetMapping("/api/cases/{reference}/fhir")
  ResponseEntity<String> bundle(@PathVariable String reference, @RequestParam(required = false) String agency) {
    if (agency != null && (agency.isBlank() || agency.strip().length() > 200)) {
      throw new InvalidFieldsException(List.of(new InvalidFieldsException.Field("agency",
          "the agency's name as on the care plan, 1 to 200 characters; leave it out for the whole record")));
    }
    var groups = staff.groups();
    // information governance: any case; a referral-intake system: the cases it opened itself; others: as for the case
    boolean intakeOwn = groups.contains(StaffGroups.REFERRAL_INTAKE) && audit.opened(staff.userId(), reference);
    CareCase careCase = groups.contains(StaffGroups.INFORMATION_GOVERNANCE) || intakeOwn
        ? cases.findByReference(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + reference))
        : queries.accessible(reference);
    return ResponseEntity.ok().contentType(FHIR_JSON).cacheControl(CacheControl.noStore())
        .body(export.bundleOf(careCase, agency == null ? null : agency.strip()));
  }
}

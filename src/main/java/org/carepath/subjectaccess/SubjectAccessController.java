package org.carepath.subjectaccess;

import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.identity.CurrentStaff;
import org.carepath.identity.StaffGroups;
import org.springframework.http.CacheControl;
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
 * {@code GET /api/cases/{reference}/subject-access} (design 4d): the whole record of one case as a ZIP
 * ({@code record.pdf}, {@code record.json}, the care plans as sent), for service leads and the
 * {@code information-governance} group; 403 for everyone else, 404 for an unknown case. Every export is
 * in the audit trail, under the case, like any request about it.
 */
@RestController
class SubjectAccessController {

  private final SubjectAccessExport export;
  private final CareCaseRepository cases;
  private final CurrentStaff staff;

  SubjectAccessController(SubjectAccessExport export, CareCaseRepository cases, CurrentStaff staff) {
    this.export = export;
    this.cases = cases;
    this.staff = staff;
  }

  @GetMapping("/api/cases/{reference}/subject-access")
  ResponseEntity<byte[]> export(@PathVariable String reference) {
    var groups = staff.groups();
    if (!groups.contains(StaffGroups.SERVICE_LEADS) && !groups.contains(StaffGroups.INFORMATION_GOVERNANCE)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Subject access exports are for service leads and information governance");
    }
    CareCase careCase = cases.findByReference(reference)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + reference));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("subject-access-" + careCase.getReference() + ".zip").build().toString())
        .body(export.zip(careCase, staff.userId()));
  }
}

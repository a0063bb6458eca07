package org.carepath.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carepath.api.InvalidFieldsException;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.identity.CurrentStaff;
import org.carepath.identity.StaffGroups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Retention for information governance alone: which closed cases are due
 * ({@code GET /api/retention/due}), a purge now rather than at night ({@code POST /api/retention/purge}),
 * and legal holds ({@code PUT|GET|DELETE /api/cases/{reference}/legal-hold}; a second PUT is 409). 403 for
 * everyone else, administrators included.
 */
@RestController
class RetentionController {

  static final int LONGEST_REASON = 500;

  record Due(LocalDate today, List<RetentionPurge.Due> due) {}

  record HoldRequest(String reason) {}

  record Hold(String reference, String reason, String placedBy, Instant placedAt) {}

  private final RetentionPurge purge;
  private final LegalHoldRepository holds;
  private final CareCaseRepository cases;
  private final CaseRecord caseFile;
  private final CurrentStaff staff;
  private final Clock clock;

  RetentionController(RetentionPurge purge, LegalHoldRepository holds, CareCaseRepository cases, CaseRecord caseFile,
      CurrentStaff staff, Clock clock) {
    this.purge = purge;
    this.holds = holds;
    this.cases = cases;
    this.caseFile = caseFile;
    this.staff = staff;
    this.clock = clock;
  }

  @GetMapping("/api/retention/due")
  Due due() {
    requireGovernance();
    LocalDate today = LocalDate.now(clock);
    return new Due(today, purge.dueBy(today));
  }

  @PostMapping("/api/retention/purge")
  RetentionPurge.Run purgeNow() {
    requireGovernance();
    return purge.purgeDue(staff.userId());
  }

  @GetMapping("/api/cases/{reference}/legal-hold")
  Hold hold(@PathVariable String reference) {
    requireGovernance();
    CareCase careCase = careCase(reference);
    return holds.findById(careCase.getId()).map(h -> view(careCase, h))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No legal hold on " + reference));
  }

  @PutMapping(path = "/api/cases/{reference}/legal-hold", consumes = "application/json")
  @Transactional
  Hold place(@PathVariable String reference, @RequestBody HoldRequest request) {
    requireGovernance();
    CareCase careCase = careCase(reference);
    holds.findById(careCase.getId()).ifPresent(existing -> {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "A legal hold stands on " + reference + " since "
          + existing.getPlacedAt() + " (" + existing.getPlacedBy() + "): lift it first to change its reason");
    });
    String reason = request.reason() == null ? "" : request.reason().strip();
    if (reason.isEmpty() || reason.length() > LONGEST_REASON) {
      throw new InvalidFieldsException(List.of(new InvalidFieldsException.Field("reason",
          "why the case must be kept (a claim, an inquiry, a court order), 1 to " + LONGEST_REASON + " characters")));
    }
    LegalHold hold = holds.save(new LegalHold(careCase.getId(), reason, staff.userId(), clock.instant()));
    caseFile.add(careCase, CaseRecordEntry.Kind.NOTE, "Legal hold placed: the case is kept until it is lifted", reason,
        staff.userId());
    return view(careCase, hold);
  }

  @DeleteMapping("/api/cases/{reference}/legal-hold")
  @Transactional
  ResponseEntity<Void> lift(@PathVariable String reference) {
    requireGovernance();
    CareCase careCase = careCase(reference);
    LegalHold hold = holds.findById(careCase.getId())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No legal hold on " + reference));
    holds.delete(hold);
    caseFile.add(careCase, CaseRecordEntry.Kind.NOTE, "Legal hold lifted", "It was placed by " + hold.getPlacedBy() + ": "
        + hold.getReason(), staff.userId());
    return ResponseEntity.noContent().build();
  }

  private CareCase careCase(String reference) {
    return cases.findByReference(reference)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + reference));
  }

  private static Hold view(CareCase careCase, LegalHold hold) {
    return new Hold(careCase.getReference(), hold.getReason(), hold.getPlacedBy(), hold.getPlacedAt());
  }

  private void requireGovernance() {
    // information governance alone: an administrator onboards an officer but neither lifts a hold nor purges
    if (!staff.groups().contains(StaffGroups.INFORMATION_GOVERNANCE)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Retention is for information governance");
    }
  }
}

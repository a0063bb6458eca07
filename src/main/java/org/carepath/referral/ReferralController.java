package org.carepath.referral;

import jakarta.validation.Valid;
import java.util.Map;
import org.carepath.audit.AuditedRequest;
import org.carepath.casefile.Sector;
import org.carepath.identity.CurrentStaff;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/referrals}: 201 with the new case's reference, 200 for a repeated externalReference. */
@RestController
class ReferralController {

  private final ReferralIntake intake;
  private final CurrentStaff staff;

  ReferralController(ReferralIntake intake, CurrentStaff staff) {
    this.intake = intake;
    this.staff = staff;
  }

  @PostMapping(path = "/api/referrals", consumes = "application/json")
  ResponseEntity<Map<String, Object>> submit(@Valid @RequestBody ReferralRequest request) {
    Sector sector = Sector.valueOf(request.sector());
    if (!staff.maySubmitReferralFor(sector)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "You may not submit referrals for sector " + sector);
    }
    ReferralIntake.Outcome outcome;
    try {
      outcome = intake.submit(request, staff.userId());
    } catch (DataIntegrityViolationException | org.springframework.dao.PessimisticLockingFailureException concurrentDuplicate) {
      // Another request with the same externalReference committed first (or still holds its lock and
      // the wait timed out): answer with its case, or 409 to try again when it is not there yet.
      outcome = intake.existing(request.externalReference()).orElseThrow(() ->
          new org.springframework.web.server.ResponseStatusException(HttpStatus.CONFLICT,
              "The same referral is being taken in at this moment: send it again"));
    }
    if (outcome.sector() != sector) {
      // Never answer with, or file under, another sector's case: the reference would reach a caller
      // who may not read it, and the referral would be stored nowhere.
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "externalReference: already used for a referral of another sector; send this referral with a reference of its own");
    }
    AuditedRequest.concernsCase(outcome.reference());
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(Map.of("reference", outcome.reference(), "sector", sector.name(), "status", "OPEN"));
  }
}

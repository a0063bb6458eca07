package org.carepath.adultcontact;

import jakarta.validation.Valid;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.carepath.audit.AuditedRequest;
import org.carepath.identity.CurrentStaff;
import org.carepath.identity.StaffGroups;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/contacts}: 201 with the new adult case's reference and team, 200 for a repeated externalReference. */
@RestController
class ContactController {

  /** The contract's answer: {@code team} is there even when null (no team owns the practice yet). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ContactAnswer(String reference, String team, String status) {}

  private final ContactIntake intake;
  private final ContactRecorders recorders;
  private final CurrentStaff staff;

  ContactController(ContactIntake intake, ContactRecorders recorders, CurrentStaff staff) {
    this.intake = intake;
    this.recorders = recorders;
    this.staff = staff;
  }

  @PostMapping(path = "/api/contacts", consumes = "application/json")
  ResponseEntity<ContactAnswer> record(@Valid @RequestBody ContactRequest request) {
    recorders.check(request.practiceCode());
    ContactIntake.Outcome outcome;
    try {
      outcome = intake.submit(request, staff.userId());
    } catch (DataIntegrityViolationException | PessimisticLockingFailureException concurrentDuplicate) {
      // another request with the same externalReference committed first: answer with its case
      outcome = intake.existing(request.externalReference()).orElseThrow(() ->
          new ResponseStatusException(HttpStatus.CONFLICT, "The same contact is being taken in at this moment: send it again"));
    }
    if (!outcome.adult()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "externalReference: already used for a child's referral; send this contact with a reference of its own");
    }
    if (!outcome.created() && !intake.isRepeat(request.externalReference(), request, staff.userId(), staff.groups())) {
      // never another team's case (its reference, its team) for a contact that is not the same one
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "externalReference: already used for another contact; send this contact with a reference of its own");
    }
    AuditedRequest.concernsCase(outcome.reference());
    String team = outcome.team() == null ? null : StaffGroups.CARE_AND_SUPPORT_TEAM_PREFIX + outcome.team();
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new ContactAnswer(outcome.reference(), team, outcome.status()));
  }
}

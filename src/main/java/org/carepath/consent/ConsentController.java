package org.carepath.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.carepath.api.InvalidFieldsException;
import org.carepath.api.InvalidFieldsException.Field;
import org.carepath.casefile.CareCase;
import org.carepath.caseview.CaseQueries;
import org.carepath.identity.CurrentStaff;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/cases/{reference}/consents/{agency}} records or withdraws an agency's consent to receive
 * the care plan (design 4d); {@code GET /api/cases/{reference}/consents} shows the current consents and their
 * history. The case's own staff (404 for anyone else, as for the case). Who recorded it is always the
 * signed-in caller.
 */
@RestController
class ConsentController {

  static final int LONGEST_NAME = 200;

  /** The body: {@code shareCarePlan} required; {@code until} a date or null; {@code recordedBy}, if sent, the caller. */
  record ConsentRequest(Boolean shareCarePlan, String recordedBy, String consentedBy, String until) {}

  private final Consents consents;
  private final CaseQueries queries;
  private final CurrentStaff staff;
  private final Clock clock;

  ConsentController(Consents consents, CaseQueries queries, CurrentStaff staff, Clock clock) {
    this.consents = consents;
    this.queries = queries;
    this.staff = staff;
    this.clock = clock;
  }

  @GetMapping("/api/cases/{reference}/consents")
  Consents.Overview consents(@PathVariable String reference) {
    return consents.overview(queries.accessible(reference));
  }

  @PutMapping(path = "/api/cases/{reference}/consents/{agency}", consumes = "application/json")
  @Transactional
  Consents.Overview record(@PathVariable String reference, @PathVariable String agency, @RequestBody ConsentRequest request) {
    CareCase careCase = queries.accessible(reference);
    List<Field> invalid = new ArrayList<>();
    String name = agency.strip();
    if (name.isEmpty() || name.length() > LONGEST_NAME || name.chars().anyMatch(Character::isISOControl)) {
      invalid.add(new Field("agency", "the agency's name as on the care plan, 1 to " + LONGEST_NAME + " characters"));
    }
    if (request.shareCarePlan() == null) {
      invalid.add(new Field("shareCarePlan", "true when the consent is given, false when it is refused or withdrawn"));
    }
    String caller = staff.userId();
    if (request.recordedBy() != null && !request.recordedBy().strip().equals(caller)) {
      invalid.add(new Field("recordedBy", "carepath records who made the change: you (" + caller + "); leave it out or send that"));
    }
    String consentedBy = request.consentedBy() == null || request.consentedBy().isBlank() ? null : request.consentedBy().strip();
    if (consentedBy != null && (consentedBy.length() > LONGEST_NAME || consentedBy.chars().anyMatch(Character::isISOControl))) {
      invalid.add(new Field("consentedBy", "who gave the consent (e.g. \"Rhian Jones, mother\"), at most " + LONGEST_NAME + " characters"));
    }
    LocalDate until = null;
    if (request.until() != null && !request.until().isBlank()) {
      try {
        until = LocalDate.parse(request.until().strip());
        if (until.isBefore(LocalDate.now(clock))) {
          invalid.add(new Field("until", "must not be in the past"));
        } else if (Boolean.FALSE.equals(request.shareCarePlan())) {
          invalid.add(new Field("until", "only for a consent given (shareCarePlan true)"));
        }
      } catch (DateTimeParseException e) {
        invalid.add(new Field("until", "a date YYYY-MM-DD, or null for no end"));
      }
    }
    if (!invalid.isEmpty()) {
      throw new InvalidFieldsException(invalid);
    }
    return consents.fromApi(careCase, name, request.shareCarePlan(), consentedBy, until, caller);
  }
}

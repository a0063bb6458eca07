package org.carepath.carecoordination;

import jakarta.validation.Valid;
import org.carepath.careplan.LeadAgencyRecommender;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases/{reference}/care-plan/lead-agency}: the recommended Lead Agency, or the mandatory meeting. */
@RestController
class LeadAgencyController {

  private final LeadAgencyAdvice advice;

  LeadAgencyController(LeadAgencyAdvice advice) {
    this.advice = advice;
  }

  @PostMapping(path = "/api/cases/{reference}/care-plan/lead-agency", consumes = "application/json")
  LeadAgencyRecommender.Recommendation recommend(@PathVariable String reference,
      @Valid @RequestBody LeadAgencyRequest request) {
    return advice.advise(reference, request);
  }
}

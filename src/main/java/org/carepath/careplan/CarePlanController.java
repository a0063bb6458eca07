package org.carepath.careplan;

import java.util.List;
import java.util.Map;
import org.carepath.caseview.CaseQueries;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET|PUT /api/cases/{reference}/care-plan} and the agreed history under {@code .../versions}.
 * 404 for an unknown case, a case outside the caller's sectors, and a case without a plan yet.
 */
@RestController
@RequestMapping("/api/cases/{reference}/care-plan")
class CarePlanController {

  private final CarePlans plans;
  private final CaseQueries queries;

  CarePlanController(CarePlans plans, CaseQueries queries) {
    this.plans = plans;
    this.queries = queries;
  }

  @GetMapping
  CarePlanView current(@PathVariable String reference) {
    queries.accessible(reference);
    return plans.current(reference).orElseThrow(() -> notFound("No care plan saved for " + reference + " yet"));
  }

  /** Validated by {@link CarePlans#save} (all fields in one answer), not by {@code @Valid}. */
  @PutMapping(consumes = "application/json")
  CarePlanView save(@PathVariable String reference, @RequestBody CarePlanRequest plan) {
    queries.accessible(reference);
    return plans.save(reference, plan);
  }

  @GetMapping("/versions")
  List<CarePlanVersion> versions(@PathVariable String reference) {
    queries.accessible(reference);
    return plans.versions(reference);
  }

  @GetMapping("/versions/{version}")
  CarePlanView version(@PathVariable String reference, @PathVariable int version) {
    queries.accessible(reference);
    return plans.version(reference, version)
        .orElseThrow(() -> notFound("No agreed care plan version " + version + " for " + reference));
  }

  /** Two saves (or a save and an agreement) of one plan at once: the later one is refused, to retry. */
  @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
  ResponseEntity<Map<String, Object>> concurrentChange() {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("status", 409, "errors", List.of(),
        "message", "The care plan was changed at the same time: read it again and repeat the change"));
  }

  private static ResponseStatusException notFound(String message) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
  }
}

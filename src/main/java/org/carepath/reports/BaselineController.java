package org.carepath.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.carepath.identity.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code PUT|GET /api/reports/baseline}: a service lead records the baseline period of a pathway and
 * scope (all, a sector or a team); every flow report of that scope then carries the baseline's figures
 * beside its own. Service leads and administrators.
 */
@RestController
class BaselineController {

  record BaselineRequest(String pathway, String sector, String team, String from, String to) {}

  record Baseline(String pathway, String sector, String team, LocalDate from, LocalDate to, String recordedBy,
      Instant recordedAt) {}

  private final ReportBaselineRepository baselines;
  private final CurrentStaff staff;
  private final Clock clock;

  BaselineController(ReportBaselineRepository baselines, CurrentStaff staff, Clock clock) {
    this.baselines = baselines;
    this.staff = staff;
    this.clock = clock;
  }

  @PutMapping("/api/reports/baseline")
  @Transactional
  Baseline record(@RequestBody BaselineRequest request) {
    staff.requireReports("Baselines are");
    if (request == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Send the baseline as JSON");
    }
    if (request.from() == null || request.from().isBlank() || request.to() == null || request.to().isBlank()) {
      throw new org.carepath.api.InvalidFieldsException(java.util.List.of(new org.carepath.api.InvalidFieldsException.Field(
          request.from() == null || request.from().isBlank() ? "from" : "to", "the baseline period's first and last day, YYYY-MM-DD")));
    }
    FlowQuery query = FlowQuery.of(request.pathway(), request.from(), request.to(), request.sector(), request.team(), clock);
    if (query.to().isAfter(LocalDate.now(clock.withZone(FlowReports.UK)))) {
      throw new org.carepath.api.InvalidFieldsException(java.util.List.of(
          new org.carepath.api.InvalidFieldsException.Field("to", "a baseline is a period that has ended")));
    }
    String key = ReportBaseline.keyOf(query.scope());
    ReportBaseline baseline = baselines.findByScopeKey(key).orElseGet(() -> new ReportBaseline(key));
    baseline.record(query.from(), query.to(), staff.userId(), clock.instant());
    return view(query.scope(), baselines.save(baseline));
  }

  @GetMapping("/api/reports/baseline")
  @Transactional(readOnly = true)
  Baseline read(@RequestParam(required = false) String pathway, @RequestParam(required = false) String sector,
      @RequestParam(required = false) String team) {
    staff.requireReports("Baselines are");
    FlowQuery query = FlowQuery.of(pathway, null, null, sector, team, clock);
    return baselines.findByScopeKey(ReportBaseline.keyOf(query.scope())).map(b -> view(query.scope(), b))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No baseline recorded for this pathway and scope"));
  }


  private static Baseline view(FlowReports.Scope scope, ReportBaseline baseline) {
    return new Baseline(scope.pathway().name(), scope.sector() == null ? null : scope.sector().name(), scope.team(),
        baseline.getFromDate(), baseline.getToDate(), baseline.getRecordedBy(), baseline.getRecordedAt());
  }
}

package org.carepath.reports;

import java.time.Clock;
import java.time.LocalDate;
import org.carepath.casefile.Pathway;
import org.carepath.identity.CurrentStaff;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/flow?pathway=CHILDREN|ADULT[&from=YYYY-MM-DD][&to=YYYY-MM-DD][&sector=|&team=]}
 * (design 4c): service leads and administrators; JSON, or CSV with {@code Accept: text/csv}. The period
 * defaults to the twelve months up to today; both days are included.
 */
@RestController
class FlowReportController {

  private final FlowReports reports;
  private final CurrentStaff staff;
  private final Clock clock;

  FlowReportController(FlowReports reports, CurrentStaff staff, Clock clock) {
    this.reports = reports;
    this.staff = staff;
    this.clock = clock;
  }

  @GetMapping("/api/reports/flow")
  ResponseEntity<?> flow(@RequestParam(required = false) String pathway, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String sector,
      @RequestParam(required = false) String team, @RequestHeader(name = "Accept", required = false) String accept) {
    staff.requireReports("The flow report is");
    FlowQuery query = FlowQuery.of(pathway, from, to, sector, team, clock);
    FlowReports.Scope scope = query.scope();
    LocalDate first = query.from();
    LocalDate last = query.to();
    Pathway chosen = scope.pathway();
    FlowReport report = reports.withBaseline(scope, first, last);
    if (accept != null && accept.contains("text/csv")) {
      return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
          .header("Content-Disposition", "attachment; filename=\"flow-" + chosen.name().toLowerCase() + "-" + first + "-" + last + ".csv\"")
          .body(FlowReportCsv.of(report));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }
}

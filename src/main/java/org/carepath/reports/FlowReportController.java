package org.carepath.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.carepath.api.InvalidFieldsException;
import org.carepath.api.InvalidFieldsException.Field;
import org.carepath.casefile.Pathway;
import org.carepath.casefile.Sector;
import org.carepath.identity.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/reports/flow?pathway=CHILDREN|ADULT[&from=YYYY-MM-DD][&to=YYYY-MM-DD][&sector=|&team=]}
 * (design 4c): service leads and administrators; JSON, or CSV with {@code Accept: text/csv}. The period
 * defaults to the twelve months up to today; both days are included.
 */
@RestController
class FlowReportController {

  /** A report over more than ten years is a typing slip, and a heavy one. */
  static final int LONGEST_PERIOD_YEARS = 10;

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
    if (!staff.readsReports()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The flow report is for service leads and administrators");
    }
    Pathway chosen = pathway(pathway);
    LocalDate last = to == null || to.isBlank() ? LocalDate.now(clock.withZone(FlowReports.UK)) : date("to", to);
    LocalDate first = from == null || from.isBlank() ? last.minusYears(1).plusDays(1) : date("from", from);
    if (first.isAfter(last)) {
      throw refused("from", "must not be after to");
    }
    if (first.isBefore(last.minusYears(LONGEST_PERIOD_YEARS))) {
      throw refused("from", "a period of at most " + LONGEST_PERIOD_YEARS + " years");
    }
    FlowReports.Scope scope = new FlowReports.Scope(chosen, sector(sector, chosen), team(team, chosen, sector));
    FlowReport report = reports.report(scope, first, last);
    if (accept != null && accept.contains("text/csv")) {
      return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
          .header("Content-Disposition", "attachment; filename=\"flow-" + chosen.name().toLowerCase() + "-" + first + "-" + last + ".csv\"")
          .body(FlowReportCsv.of(report));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  private static Pathway pathway(String value) {
    if (value == null || value.isBlank()) {
      throw refused("pathway", "CHILDREN or ADULT");
    }
    return Arrays.stream(Pathway.values()).filter(p -> p.name().equals(value.strip())).findFirst()
        .orElseThrow(() -> refused("pathway", "CHILDREN or ADULT, not " + abbreviate(value)));
  }

  private static Sector sector(String value, Pathway pathway) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (pathway != Pathway.CHILDREN) {
      throw refused("sector", "only for the children's pathway; adults' cases are held by teams (team=)");
    }
    return Arrays.stream(Sector.values()).filter(s -> s.name().equals(value.strip())).findFirst()
        .orElseThrow(() -> refused("sector", "one of " + Arrays.toString(Sector.values())));
  }

  private static String team(String value, Pathway pathway, String sector) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (pathway != Pathway.ADULT) {
      throw refused("team", "only for the adults' pathway; children's cases are held by sectors (sector=)");
    }
    if (!value.strip().matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw refused("team", "a team's id, e.g. alnwick or complex-needs-team");
    }
    return value.strip();
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw refused(name, "a date YYYY-MM-DD");
    }
  }

  private static String abbreviate(String value) {
    String text = value.strip();
    return text.length() > 30 ? text.substring(0, 29) + "…" : text;
  }

  private static InvalidFieldsException refused(String field, String message) {
    return new InvalidFieldsException(List.of(new Field(field, message)));
  }
}

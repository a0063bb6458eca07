package org.carepath.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carepath.api.InvalidFieldsException;
import org.carepath.identity.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /reports}: the service leads' dashboard (design 4c), the flow report as charts with the
 * same figures in tables beside them, for one pathway, sector or team and period. Signed in like the
 * case pages; service leads and administrators only. No name and no case reference on it, and every
 * count below five suppressed, as in the API.
 */
@Controller
class DashboardController {

  private final FlowReports reports;
  private final org.carepath.carefunctions.CareFunctions careFunctions;
  private final org.carepath.decision.Caseloads caseloads;
  private final CurrentStaff staff;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  DashboardController(FlowReports reports, org.carepath.carefunctions.CareFunctions careFunctions,
      org.carepath.decision.Caseloads caseloads, CurrentStaff staff, Clock clock) {
    this.reports = reports;
    this.careFunctions = careFunctions;
    this.caseloads = caseloads;
    this.staff = staff;
    this.clock = clock;
  }

  /** A chart's data: labels, and one or more named series (null for a suppressed figure). */
  public record ChartData(List<String> labels, Map<String, List<Number>> series) {}

  /**
   * The workers of the scope's teams with their open cases against capacity (no waiting list: capacity
   * is the lever): the sector's team, every sector's for the whole children's pathway, or the adults'
   * team asked for. About staff, not families: exact figures.
   */
  private Map<String, List<org.carepath.decision.Caseloads.Caseload>> caseloads(FlowReports.Scope scope) {
    List<String> teams = scope.pathway() == org.carepath.casefile.Pathway.CHILDREN
        ? (scope.sector() != null ? List.of(scope.sector().team()) : org.carepath.identity.StaffGroups.SECTOR_TEAMS)
        : scope.team() == null ? List.of() : List.of(scope.team(), org.carepath.identity.StaffGroups.CARE_AND_SUPPORT_TEAM_PREFIX + scope.team());
    Map<String, List<org.carepath.decision.Caseloads.Caseload>> byTeam = new LinkedHashMap<>();
    for (String team : teams) {
      List<org.carepath.decision.Caseloads.Caseload> members = caseloads.ofTeam(team);
      if (!members.isEmpty()) {
        byTeam.put(team, members);
      }
    }
    return byTeam;
  }

  @GetMapping("/reports")
  String dashboard(@RequestParam(required = false) String pathway, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String sector,
      @RequestParam(required = false) String team, Model model) throws JsonProcessingException {
    staff.requireReports("The dashboard is");
    FlowQuery query;
    try {
      query = FlowQuery.of(pathway == null || pathway.isBlank() ? "CHILDREN" : pathway, from, to, sector, team, clock);
    } catch (InvalidFieldsException refused) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
    }
    FlowReport report = reports.withBaseline(query.scope(), query.from(), query.to());
    Map<java.time.YearMonth, Long> months = reports.receivedByMonth(query.scope(), query.from(), query.to());
    model.addAttribute("report", report);
    model.addAttribute("gaps", careFunctions.gaps());
    model.addAttribute("caseloads", caseloads(query.scope()));
    model.addAttribute("months", months);
    model.addAttribute("overTime", json.writeValueAsString(new ChartData(
        months.keySet().stream().map(Object::toString).toList(), Map.of("Cases received", new ArrayList<>(months.values())))));
    List<String> stageNames = report.stages().stream().map(FlowReport.Stage::name).toList();
    model.addAttribute("funnel", json.writeValueAsString(new ChartData(stageNames,
        Map.of("Cases reaching the stage", report.stages().stream().map(s -> (Number) s.cases()).toList()))));
    Map<String, List<Number>> times = new LinkedHashMap<>();
    times.put("Median (days)", report.stages().stream().map(s -> (Number) s.medianDays()).toList());
    times.put("90th percentile (days)", report.stages().stream().map(s -> (Number) s.p90Days()).toList());
    model.addAttribute("times", json.writeValueAsString(new ChartData(stageNames, times)));
    model.addAttribute("outcomeChart", json.writeValueAsString(new ChartData(new ArrayList<>(report.outcomes().keySet()),
        Map.of("Cases closed", new ArrayList<Number>(report.outcomes().values())))));
    model.addAttribute("handoffChart", json.writeValueAsString(new ChartData(new ArrayList<>(report.handoffs().keySet()),
        Map.of("Cases", new ArrayList<Number>(report.handoffs().values())))));
    return "reports/dashboard";
  }
}

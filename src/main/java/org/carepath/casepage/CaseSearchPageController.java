package org.carepath.casepage;

import java.util.Arrays;
import java.util.List;
import org.carepath.api.InvalidFieldsException;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CasePeople;
import org.carepath.caseview.CaseQueries;
import org.carepath.casefile.Sector;
import org.carepath.decision.Caseloads;
import org.carepath.casesearch.CaseSearch;
import org.carepath.identity.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /cases}: the staff's way in to cases without a task: their own caseload (the open cases
 * allocated to them) and a search by name, date of birth, NHS number or reference within their own
 * sectors and teams ({@link CaseSearch}, as {@code GET /api/cases?q=}), each linked to its case page.
 */
@Controller
class CaseSearchPageController {

  private final CaseSearch search;
  private final CareCaseRepository cases;
  private final CasePeople people;
  private final CaseQueries queries;
  private final CurrentStaff staff;
  private final Caseloads caseloads;

  CaseSearchPageController(CaseSearch search, CareCaseRepository cases, CasePeople people, CaseQueries queries,
      CurrentStaff staff, Caseloads caseloads) {
    this.caseloads = caseloads;
    this.search = search;
    this.cases = cases;
    this.people = people;
    this.queries = queries;
    this.staff = staff;
  }

  /** A team's members and their caseloads. */
  public record TeamCaseloads(String team, List<Caseloads.Caseload> workers) {}

  /** An open case of the caseload. */
  public record Mine(String reference, String name, String stage) {}

  // no transaction around the page: a refused search rolls back its own, and the page still answers
  @GetMapping("/cases")
  ModelAndView page(@RequestParam(required = false) String q) {
    var page = new ModelAndView("case/search", HttpStatus.OK);
    page.addObject("q", q == null ? "" : q);
    page.addObject("mine", cases.findByAllocatedWorkerAndStatusOrderByCreatedAtAsc(staff.userId(), CareCase.Status.OPEN)
        .stream().filter(c -> staff.worksInTeam(c.team())) // a case whose team one has left is no longer one's own
        .map(c -> new Mine(c.getReference(), people.of(c).personName(), queries.stageOf(c))).toList());
    // the caseloads of the caller's ISCAN sector teams against capacity: no waiting list, capacity decides
    page.addObject("teams", Arrays.stream(Sector.values()).map(Sector::team).filter(staff.groups()::contains)
        .map(team -> new TeamCaseloads(team, caseloads.ofTeam(team))).toList());
    page.addObject("hits", List.of());
    page.addObject("problem", null);
    if (q != null && !q.isBlank()) {
      try {
        page.addObject("hits", search.search(q));
      } catch (InvalidFieldsException refused) {
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("problem", refused.fields().get(0).message());
      }
    }
    return page;
  }
}

package org.carepath.signposting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.carepath.casefile.CareCase;
import org.carepath.caseview.CaseQueries;
import org.carepath.identity.CurrentStaff;
import org.carepath.referral.PlainText;
import org.carepath.system.EngineAsSystem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET|PUT /api/cases/{reference}/signposting}: the services an adult is sent, for the team holding the case. */
@RestController
class SignpostingController {

  record SignpostingRequest(
      @NotNull @Size(min = 1, max = Signpostings.MOST) List<Long> serviceIds,
      @Size(max = 2000) @PlainText(multiLine = true, message = "must be text without control characters other than line breaks and tabs")
          String note) {}

  record ServiceView(Long id, String name, String phone, String email, String web, String accessCriteria,
      String redFlags, boolean retired) {}

  record SignpostingView(String reference, List<Long> serviceIds, List<ServiceView> services, String note,
      String chosenBy, Instant chosenAt) {}

  static final String SIGNPOST_STEP = org.carepath.adultcontact.AdultContactProcess.SIGNPOST;

  private final CaseQueries queries;
  private final Signpostings signpostings;
  private final TaskService tasks;
  private final EngineAsSystem engine;
  private final CurrentStaff staff;

  SignpostingController(CaseQueries queries, Signpostings signpostings, TaskService tasks, EngineAsSystem engine,
      CurrentStaff staff) {
    this.queries = queries;
    this.signpostings = signpostings;
    this.tasks = tasks;
    this.engine = engine;
    this.staff = staff;
  }

  @GetMapping("/api/cases/{reference}/signposting")
  SignpostingView read(@PathVariable String reference) {
    CareCase careCase = queries.accessible(reference);
    return signpostings.of(careCase).map(this::view)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No services chosen for " + reference + " yet"));
  }

  @PutMapping(path = "/api/cases/{reference}/signposting", consumes = "application/json")
  SignpostingView choose(@PathVariable String reference, @Valid @RequestBody SignpostingRequest request) {
    CareCase careCase = queries.accessible(reference);
    if (!careCase.isAdult()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + reference + " is a child's: signposting is for adults' contacts");
    }
    if (careCase.getStatus() == CareCase.Status.CLOSED) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + reference + " is closed: what was sent can no longer change");
    }
    boolean atSignposting = engine.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(SIGNPOST_STEP).count()) > 0;
    if (!atSignposting) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + reference
          + " is not at the signposting step: services are chosen once the triage chose a simple local solution");
    }
    return view(signpostings.choose(careCase, request.serviceIds(), request.note(), staff.userId()));
  }

  private SignpostingView view(Signposting signposting) {
    List<ServiceView> services = signpostings.services(signposting).stream().map(s -> {
      var d = s.details();
      return new ServiceView(s.id(), d.name(), d.phone(), d.email(), d.web(), d.accessCriteria(), d.redFlags(), s.isRetired());
    }).toList();
    return new SignpostingView(signposting.getCareCase().getReference(), signposting.getServiceIds(), services,
        signposting.getNote(), signposting.getChosenBy(), signposting.getChosenAt());
  }
}

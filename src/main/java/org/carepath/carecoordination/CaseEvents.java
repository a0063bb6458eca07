package org.carepath.carecoordination;

import static org.carepath.carecoordination.CareCoordinationProcess.EVENT_BY;
import static org.carepath.carecoordination.CareCoordinationProcess.EVENT_REASON;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.carepath.api.InvalidFieldsException;
import org.carepath.careplan.AgreedPlan;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCase;
import org.carepath.caseview.CaseQueries;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.identity.CurrentStaff;
import org.carepath.referral.BringBack;
import org.carepath.system.EngineAsSystem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What happens to a case between reviews (BIAN), handed to its {@code CareCoordination} instance as a
 * message: a meeting requested by the family or an agency, a change of case manager, a gap or block,
 * disengagement; and bringing a case back to the ISCAN meeting, which also reopens a closed case.
 * Every event is put on the case file. Checked first, so a refused event changes nothing.
 */
@Service
class CaseEvents {

  static final String FAMILY = "family";
  static final String CASE_MANAGER = "case manager";
  /** Adults: the person themselves, or their lead worker (the adult words for family and case manager). */
  static final String PERSON = "person";
  static final String LEAD_WORKER = "lead worker";

  private final CaseQueries queries;
  private final CarePlans plans;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final EngineAsSystem engine;
  private final CurrentStaff staff;
  private final CaseRecord record;
  private final BringBack bringBack;

  CaseEvents(CaseQueries queries, CarePlans plans, RuntimeService runtime, IdentityService identity,
      EngineAsSystem engine, CurrentStaff staff, CaseRecord record, BringBack bringBack) {
    this.queries = queries;
    this.plans = plans;
    this.runtime = runtime;
    this.identity = identity;
    this.engine = engine;
    this.staff = staff;
    this.record = record;
    this.bringBack = bringBack;
  }

  @Transactional
  public void accept(String reference, CaseEventRequest event) {
    CareCase careCase = queries.accessible(reference);
    if (event.type() == CaseEventRequest.Type.BRING_BACK && careCase.isAdult()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "Case " + reference + " is an adult's: only children's cases are brought back to the ISCAN meeting");
    }
    if (event.type() == CaseEventRequest.Type.BRING_BACK && careCase.getStatus() == CareCase.Status.CLOSED) {
      String by = staff.userId(); // read before engine.call, which clears the caller's authentication
      engine.call(() -> {
        bringBack.bringBack(reference, event.reason(), by);
        return null;
      });
      return;
    }
    if (careCase.getStatus() == CareCase.Status.CLOSED) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + reference + " is closed");
    }
    ProcessInstance careCoordination = engine.call(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(CareCoordinationProcess.KEY).processInstanceBusinessKey(reference).active().singleResult());
    if (careCoordination == null) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + reference
          + " is not in care co-ordination: " + (event.type() == CaseEventRequest.Type.BRING_BACK
              ? "it is still with the ISCAN team" : "its care plan has not been agreed yet"));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(EVENT_REASON, event.reason());
    variables.put(EVENT_BY, staff.userId());
    String detail = switch (event.type()) {
      case MEETING_REQUESTED -> {
        String by = requestedBy(careCase, event.requestedBy());
        variables.put(CareCoordinationProcess.REQUESTED_BY, by);
        yield " by " + by;
      }
      case CASE_MANAGER_CHANGE -> {
        String manager = newCaseManager(careCase, event.newCaseManager());
        variables.put(CareCoordinationProcess.NEW_CASE_MANAGER, manager);
        yield " to " + manager;
      }
      case GAP_OR_BLOCK -> {
        variables.put(CareCoordinationProcess.GAP_DESCRIPTION, required("description", event.description(),
            "describe the gap or block"));
        yield "";
      }
      case DISENGAGED, BRING_BACK -> "";
    };
    note(careCase, event, detail);
    String message = message(event.type());
    engine.call(() -> runtime.createMessageCorrelation(message).processInstanceId(careCoordination.getId())
        .setVariablesLocal(variables).correlateWithResult());
  }

  /** Files the event; a case brought back is filed by {@link BringBack} when it happens. */
  private void note(CareCase careCase, CaseEventRequest event, String detail) {
    if (event.type() == CaseEventRequest.Type.BRING_BACK) {
      return;
    }
    String body = event.type() == CaseEventRequest.Type.GAP_OR_BLOCK
        ? event.reason() + "\n\n" + event.description() : event.reason();
    record.add(careCase, CaseRecordEntry.Kind.NOTE, title(event.type(), careCase.isAdult()) + detail, body, staff.userId());
  }

  private String requestedBy(CareCase careCase, String requestedBy) {
    String reference = careCase.getReference();
    String by = required("requestedBy", requestedBy,
        "say who asks for the meeting: 'family', 'case manager' or an agency of the plan");
    String lower = by.toLowerCase(Locale.ROOT);
    if (FAMILY.equals(lower) || CASE_MANAGER.equals(lower)) {
      return lower;
    }
    if (careCase.isAdult() && (PERSON.equals(lower) || LEAD_WORKER.equals(lower))) {
      return lower;
    }
    List<String> agencies = plans.latestAgreed(reference).map(AgreedPlan::agencies).orElse(List.of()).stream()
        .map(AgreedPlan.Agency::name).toList();
    return agencies.stream().filter(name -> name.equalsIgnoreCase(by)).findFirst()
        .orElseThrow(() -> invalid("requestedBy", "must be 'family', 'case manager' or an agency of the care plan " + agencies));
  }

  private String newCaseManager(CareCase careCase, String newCaseManager) {
    String manager = required("newCaseManager", newCaseManager, "name the new case manager (user id)");
    boolean member = engine.call(() -> identity.createUserQuery().userId(manager)
        .memberOfGroup(careCase.team()).count() > 0);
    if (!member) {
      throw invalid("newCaseManager", manager + " is not a member of " + careCase.team());
    }
    String current = plans.latestAgreed(careCase.getReference()).map(AgreedPlan::caseManager).orElse(null);
    if (manager.equals(current)) {
      throw invalid("newCaseManager", manager + " is already the case manager");
    }
    return manager;
  }

  private static String required(String field, String value, String message) {
    if (value == null || value.isBlank()) {
      throw invalid(field, message);
    }
    return value.strip();
  }

  private static InvalidFieldsException invalid(String field, String message) {
    return new InvalidFieldsException(List.of(new InvalidFieldsException.Field(field, message)));
  }

  static String message(CaseEventRequest.Type type) {
    return switch (type) {
      case MEETING_REQUESTED -> CareCoordinationProcess.MESSAGE_MEETING_REQUESTED;
      case CASE_MANAGER_CHANGE -> CareCoordinationProcess.MESSAGE_CASE_MANAGER_CHANGE;
      case GAP_OR_BLOCK -> CareCoordinationProcess.MESSAGE_GAP_OR_BLOCK;
      case DISENGAGED -> CareCoordinationProcess.MESSAGE_DISENGAGED;
      case BRING_BACK -> CareCoordinationProcess.MESSAGE_BRING_BACK;
    };
  }

  static String title(CaseEventRequest.Type type, boolean adult) {
    if (adult && type == CaseEventRequest.Type.CASE_MANAGER_CHANGE) {
      return "Change of lead worker requested";
    }
    if (adult && type == CaseEventRequest.Type.DISENGAGED) {
      return "Person disengaged";
    }
    return switch (type) {
      case MEETING_REQUESTED -> "Interagency meeting requested";
      case CASE_MANAGER_CHANGE -> "Change of case manager requested";
      case GAP_OR_BLOCK -> "Gap or block reported";
      case DISENGAGED -> "Family disengaged";
      case BRING_BACK -> "Brought back to the ISCAN meeting";
    };
  }
}

package org.carepath.carecoordination;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.carepath.api.InvalidFieldsException;
import org.carepath.careplan.CarePlanRequest;
import org.carepath.careplan.CarePlanView;
import org.carepath.careplan.CarePlans;
import org.springframework.stereotype.Component;

/**
 * Lets staff edit the Interagency Care Plan on the plan-meeting and review forms (bean
 * {@code carePlanFormListener}). On create it puts the case's current plan into task-local variables
 * the form edits ({@code planNeeds}, {@code planAgencies}, {@code planActions} as JSON lists, and
 * {@code planLeadAgency}, {@code planCaseManager}, {@code planReviewDate}); on complete, when the form
 * changed the plan, it saves the form's plan as the case's draft with the API's validation (refusals
 * name the field, prefixed {@code carePlan.}), before the task's agreement listener agrees it. A plan
 * left as the form showed it is not saved again, so a draft saved through the API meanwhile stands.
 * A review that discharges saves nothing.
 */
@Component("carePlanFormListener")
class CarePlanFormListener implements TaskListener {

  static final String NEEDS = "planNeeds";
  static final String AGENCIES = "planAgencies";
  static final String ACTIONS = "planActions";
  static final String LEAD_AGENCY = "planLeadAgency";
  static final String CASE_MANAGER = "planCaseManager";
  static final String REVIEW_DATE = "planReviewDate";
  static final String SNAPSHOT = "planFormSnapshot";
  private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};

  private final CarePlans plans;
  private final ObjectMapper json;

  CarePlanFormListener(CarePlans plans, ObjectMapper json) {
    this.plans = plans;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      show(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      save(task);
    }
  }

  private void show(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    Map<String, Object> form = plans.current(reference).map(CarePlanFormListener::formOf).orElseGet(CarePlanFormListener::empty);
    task.setVariableLocal(NEEDS, SpinValues.jsonValue(write(form.get(NEEDS))).create());
    task.setVariableLocal(AGENCIES, SpinValues.jsonValue(write(form.get(AGENCIES))).create());
    task.setVariableLocal(ACTIONS, SpinValues.jsonValue(write(form.get(ACTIONS))).create());
    task.setVariableLocal(LEAD_AGENCY, form.get(LEAD_AGENCY));
    task.setVariableLocal(CASE_MANAGER, form.get(CASE_MANAGER));
    task.setVariableLocal(REVIEW_DATE, form.get(REVIEW_DATE));
    task.setVariableLocal(SNAPSHOT, write(form));
  }

  private void save(DelegateTask task) {
    if ("DISCHARGE".equals(task.getVariable(CareCoordinationProcess.REVIEW_OUTCOME)) || task.getVariable(NEEDS) == null) {
      return;
    }
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(NEEDS, rows(task.getVariable(NEEDS)));
    form.put(AGENCIES, rows(task.getVariable(AGENCIES)));
    form.put(ACTIONS, rows(task.getVariable(ACTIONS)));
    form.put(LEAD_AGENCY, text(task.getVariable(LEAD_AGENCY)));
    form.put(CASE_MANAGER, text(task.getVariable(CASE_MANAGER)));
    form.put(REVIEW_DATE, text(task.getVariable(REVIEW_DATE)));
    if (write(form).equals(task.getVariable(SNAPSHOT))) {
      return;
    }
    try {
      plans.save(task.getExecution().getProcessBusinessKey(), request(form));
    } catch (InvalidFieldsException refused) {
      throw new BadUserRequestException(refused.fields().stream()
          .map(f -> "carePlan." + f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
    }
  }

  @SuppressWarnings("unchecked")
  private static CarePlanRequest request(Map<String, Object> form) {
    List<CarePlanRequest.Need> needs = ((List<Map<String, Object>>) form.get(NEEDS)).stream()
        .map(n -> new CarePlanRequest.Need(text(n.get("area")), text(n.get("description")))).toList();
    List<CarePlanRequest.Agency> agencies = ((List<Map<String, Object>>) form.get(AGENCIES)).stream()
        .map(a -> new CarePlanRequest.Agency(text(a.get("name")), text(a.get("contactName")), text(a.get("email")),
            Boolean.TRUE.equals(a.get("consentToShare")))).toList();
    List<CarePlanRequest.Action> actions = ((List<Map<String, Object>>) form.get(ACTIONS)).stream()
        .map(a -> new CarePlanRequest.Action(text(a.get("description")), text(a.get("agency")),
            new CarePlanRequest.Keyworker(text(a.get("keyworkerName")), text(a.get("keyworkerEmail"))),
            date(a.get("dueDate")))).toList();
    return new CarePlanRequest(needs, agencies, actions, (String) form.get(LEAD_AGENCY), (String) form.get(CASE_MANAGER),
        date(form.get(REVIEW_DATE)));
  }

  static Map<String, Object> formOf(CarePlanView plan) {
    Map<String, Object> form = new LinkedHashMap<>();
    List<Map<String, Object>> needs = new ArrayList<>();
    plan.needs().forEach(n -> needs.add(row("area", n.area().name(), "description", n.description())));
    List<Map<String, Object>> agencies = new ArrayList<>();
    plan.agencies().forEach(a -> agencies.add(row("name", a.name(), "contactName", a.contactName(), "email", a.email(),
        "consentToShare", a.consentToShare())));
    List<Map<String, Object>> actions = new ArrayList<>();
    plan.actions().forEach(a -> actions.add(row("description", a.description(), "agency", a.agency(),
        "keyworkerName", a.keyworker().name(), "keyworkerEmail", a.keyworker().email(), "dueDate", String.valueOf(a.dueDate()))));
    form.put(NEEDS, needs);
    form.put(AGENCIES, agencies);
    form.put(ACTIONS, actions);
    form.put(LEAD_AGENCY, plan.leadAgency());
    form.put(CASE_MANAGER, plan.caseManager());
    form.put(REVIEW_DATE, String.valueOf(plan.reviewDate()));
    return form;
  }

  static Map<String, Object> empty() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(NEEDS, List.of());
    form.put(AGENCIES, List.of());
    form.put(ACTIONS, List.of());
    form.put(LEAD_AGENCY, null);
    form.put(CASE_MANAGER, null);
    form.put(REVIEW_DATE, null);
    return form;
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private List<Map<String, Object>> rows(Object value) {
    if (value == null) {
      return List.of();
    }
    try {
      List<Map<String, Object>> rows = json.readValue(value.toString(), ROWS);
      return rows == null ? List.of() : rows;
    } catch (Exception e) {
      throw new BadUserRequestException("carePlan: the form's plan could not be read: " + e.getMessage());
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static LocalDate date(Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadUserRequestException("carePlan: '" + text + "' is not a date (YYYY-MM-DD)");
    }
  }
}

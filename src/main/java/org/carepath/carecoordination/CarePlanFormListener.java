package org.carepath.carecoordination;

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
import org.carepath.api.InvalidFieldsException;
import org.carepath.careplan.CarePlanRequest;
import org.carepath.careplan.CarePlanView;
import org.carepath.careplan.CarePlans;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.consent.Consents;
import org.carepath.familyfile.FamilyFileRepository;
import org.carepath.identity.TeamGroups;
import org.carepath.referral.ReferralRepository;
import org.springframework.stereotype.Component;

/**
 * Lets staff edit the Interagency Care Plan on the plan-meeting, interagency-meeting and review forms
 * (bean {@code carePlanFormListener}). On create it puts the case's current plan into task-local,
 * plain typed variables the form edits, one per field and row ({@code planNeed1Area},
 * {@code planAgency2Email}, {@code planAction3DueDate}..., {@code planLeadAgency},
 * {@code planCaseManager}, {@code planReviewDate}) and a hash of what it showed; on complete, when the
 * form changed the plan, it saves the form's plan as the case's draft with the API's validation
 * (refusals name the field, prefixed {@code carePlan.}) before the task's agreement listener agrees it.
 * A plan left as the form showed it is not saved again, so a draft saved through the API meanwhile
 * stands; a plan with more rows than the form has is left to the API; a review that discharges saves
 * nothing. The engine's history never records these variables ({@code system.FormOnlyVariables}).
 *
 * <p>Rows are fixed fields rather than Camunda Forms' dynamic lists: in Tasklist 7.24 a dynamic list
 * keeps the Complete button disabled (found by the browser test).
 */
@Component("carePlanFormListener")
class CarePlanFormListener implements TaskListener {

  static final String NEEDS = "planNeeds";
  static final String AGENCIES = "planAgencies";
  static final String ACTIONS = "planActions";
  static final String LEAD_AGENCY = "planLeadAgency";
  static final String CASE_MANAGER = "planCaseManager";
  static final String REVIEW_DATE = "planReviewDate";
  /** Adults' support plans: the personal budget agreed (fields of the form {@code AgreeSupportPlan} only). */
  static final String WEEKLY_AMOUNT = "planWeeklyAmount";
  static final String BUDGET_RATIONALE = "planBudgetRationale";
  /** The team's members offered for the case manager (a text the form's select splits). */
  static final String CASE_MANAGER_CHOICES = "caseManagerChoices";
  static final String SNAPSHOT = "planFormSnapshot";
  static final String TOO_LARGE = "planTooLargeForForm";
  /** The consent boxes as the form showed them ("agency key" to ticked): only a box the worker changed records consent. */
  static final String CONSENT_SHOWN = "planConsentShown";

  /** The form's rows: a variable prefix per row, and each column's key in the plan and in the variable name. */
  record Rows(String list, String prefix, int rows, List<String> keys, List<String> suffixes) {}

  static final List<Rows> ROWS = List.of(
      new Rows(NEEDS, "planNeed", 6, List.of("area", "description"), List.of("Area", "Description")),
      new Rows(AGENCIES, "planAgency", 6, List.of("name", "contactName", "email", "consentToShare"),
          List.of("Name", "Contact", "Email", "Consent")),
      new Rows(ACTIONS, "planAction", 8, List.of("description", "agency", "keyworkerName", "keyworkerEmail", "dueDate",
          "serviceId"), List.of("Description", "Agency", "KeyworkerName", "KeyworkerEmail", "DueDate", "ServiceId")));

  private final CarePlans plans;
  private final ObjectMapper json;

  private final CareCaseRepository cases;
  private final TeamGroups teams;
  private final FamilyFileRepository familyFiles;
  private final ReferralRepository referrals;
  private final Consents consents;

  CarePlanFormListener(CarePlans plans, ObjectMapper json, CareCaseRepository cases, TeamGroups teams,
      FamilyFileRepository familyFiles, ReferralRepository referrals, Consents consents) {
    this.consents = consents;
    this.familyFiles = familyFiles;
    this.referrals = referrals;
    this.plans = plans;
    this.json = json;
    this.cases = cases;
    this.teams = teams;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      show(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      save(task);
    }
  }

  @SuppressWarnings("unchecked")
  private void show(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    Map<String, Object> form = normalized(plans.current(reference).map(CarePlanFormListener::formOf)
        .orElseGet(() -> withAgencies(empty(), knownAgencies(reference))));
    boolean tooLarge = ROWS.stream().anyMatch(r -> ((List<?>) form.get(r.list())).size() > r.rows());
    task.setVariableLocal(TOO_LARGE, tooLarge);
    for (Rows rows : ROWS) {
      List<Map<String, Object>> values = tooLarge ? List.of() : (List<Map<String, Object>>) form.get(rows.list());
      for (int i = 0; i < rows.rows(); i++) {
        for (int c = 0; c < rows.keys().size(); c++) {
          Object value = i < values.size() ? values.get(i).get(rows.keys().get(c)) : null;
          task.setVariableLocal(rows.prefix() + (i + 1) + rows.suffixes().get(c), value);
        }
      }
    }
    task.setVariableLocal(LEAD_AGENCY, tooLarge ? null : form.get(LEAD_AGENCY));
    task.setVariableLocal(CASE_MANAGER, tooLarge ? null : form.get(CASE_MANAGER));
    task.setVariableLocal(REVIEW_DATE, tooLarge ? null : form.get(REVIEW_DATE));
    task.setVariableLocal(WEEKLY_AMOUNT, form.get(WEEKLY_AMOUNT));
    task.setVariableLocal(BUDGET_RATIONALE, form.get(BUDGET_RATIONALE));
    task.setVariableLocal(SNAPSHOT, fingerprint(formFrom(task)));
    task.setVariableLocal(CONSENT_SHOWN, write(consentBoxes(formFrom(task))));
    // the case manager is picked from the members of the case's sector or team
    task.setVariableLocal(CASE_MANAGER_CHOICES, teams.choices(cases.getByReference(reference).team()));
  }

  /** The plan as the task's form variables hold it now. */
  private static Map<String, Object> formFrom(DelegateTask task) {
    Map<String, Object> form = new LinkedHashMap<>();
    for (Rows rows : ROWS) {
      List<Map<String, Object>> values = new ArrayList<>();
      for (int i = 1; i <= rows.rows(); i++) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 0; c < rows.keys().size(); c++) {
          row.put(rows.keys().get(c), task.getVariable(rows.prefix() + i + rows.suffixes().get(c)));
        }
        values.add(row);
      }
      form.put(rows.list(), values);
    }
    form.put(LEAD_AGENCY, task.getVariable(LEAD_AGENCY));
    form.put(CASE_MANAGER, task.getVariable(CASE_MANAGER));
    form.put(REVIEW_DATE, task.getVariable(REVIEW_DATE));
    form.put(WEEKLY_AMOUNT, task.getVariable(WEEKLY_AMOUNT));
    form.put(BUDGET_RATIONALE, task.getVariable(BUDGET_RATIONALE));
    return normalized(form);
  }

  private void save(DelegateTask task) {
    if ("DISCHARGE".equals(task.getVariable(CareCoordinationProcess.REVIEW_OUTCOME))
        || task.getVariable(SNAPSHOT) == null || Boolean.TRUE.equals(task.getVariable(TOO_LARGE))) {
      return;
    }
    Map<String, Object> form = formFrom(task);
    if (fingerprint(form).equals(task.getVariable(SNAPSHOT))) {
      return;
    }
    try {
      String reference = task.getExecution().getProcessBusinessKey();
      plans.save(reference, asConsentStandsNow(reference, request(form), task.getVariable(CONSENT_SHOWN)));
    } catch (InvalidFieldsException refused) {
      throw new BadUserRequestException(refused.fields().stream()
          .map(f -> "carePlan." + f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
    }
  }

  /** The agencies' consent boxes of a form, by the agency's key. */
  @SuppressWarnings("unchecked")
  private static Map<String, Boolean> consentBoxes(Map<String, Object> form) {
    Map<String, Boolean> boxes = new LinkedHashMap<>();
    for (Map<String, Object> row : (List<Map<String, Object>>) form.get(AGENCIES)) {
      if (row.get("name") != null) {
        boxes.put(Consents.keyOf((String) row.get("name")), Boolean.TRUE.equals(row.get("consentToShare")));
      }
    }
    return boxes;
  }

  /**
   * The plan to save with every consent box the worker left as the form showed it set to the consent as
   * it stands now: a form opened before a consent was withdrawn (or given) through the consent record
   * must not undo that change. Only a box the worker changed records a consent.
   */
  @SuppressWarnings("unchecked")
  private CarePlanRequest asConsentStandsNow(String reference, CarePlanRequest plan, Object shownJson) {
    if (!(shownJson instanceof String text)) {
      return plan;
    }
    Map<String, Object> shown;
    try {
      shown = json.readValue(text, Map.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return plan;
    }
    var careCase = cases.getByReference(reference);
    Map<String, Boolean> now = consents.inForce(careCase);
    List<CarePlanRequest.Agency> agencies = plan.agencies().stream().map(a -> {
      String key = a.name() == null ? null : Consents.keyOf(a.name());
      boolean unchanged = key != null && shown.containsKey(key) && shown.get(key).equals(Boolean.TRUE.equals(a.consentToShare()));
      return unchanged ? new CarePlanRequest.Agency(a.name(), a.contactName(), a.email(), now.getOrDefault(key, false)) : a;
    }).toList();
    return new CarePlanRequest(plan.needs(), agencies, plan.actions(), plan.leadAgency(), plan.caseManager(), plan.reviewDate(),
        plan.personalBudget());
  }

  /** A hash of the plan the form shows: tells a change apart without keeping the plan in the engine. */
  private String fingerprint(Map<String, Object> form) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(write(form).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
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
            date(a.get("dueDate")), serviceId(a.get("serviceId")))).toList();
    return new CarePlanRequest(needs, agencies, actions, (String) form.get(LEAD_AGENCY), (String) form.get(CASE_MANAGER),
        date(form.get(REVIEW_DATE)), budget(form.get(WEEKLY_AMOUNT), form.get(BUDGET_RATIONALE)));
  }

  /**
   * The plan as the form means it, so that what the form sends back unchanged compares equal to what
   * it was given: known fields only, text stripped, blank as null, no box ticked as false, dates as
   * YYYY-MM-DD, and rows left entirely empty dropped.
   */
  static Map<String, Object> normalized(Map<String, Object> form) {
    Map<String, Object> normal = new LinkedHashMap<>();
    normal.put(NEEDS, normalRows(form.get(NEEDS), List.of("area", "description")));
    normal.put(AGENCIES, normalRows(form.get(AGENCIES), List.of("name", "contactName", "email", "consentToShare")));
    normal.put(ACTIONS, normalRows(form.get(ACTIONS),
        List.of("description", "agency", "keyworkerName", "keyworkerEmail", "dueDate", "serviceId")));
    normal.put(LEAD_AGENCY, text(form.get(LEAD_AGENCY)));
    normal.put(CASE_MANAGER, text(form.get(CASE_MANAGER)));
    normal.put(REVIEW_DATE, day(form.get(REVIEW_DATE)));
    normal.put(WEEKLY_AMOUNT, text(form.get(WEEKLY_AMOUNT)));
    normal.put(BUDGET_RATIONALE, text(form.get(BUDGET_RATIONALE)));
    return normal;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> normalRows(Object rows, List<String> keys) {
    List<Map<String, Object>> normal = new ArrayList<>();
    if (!(rows instanceof List<?> list)) {
      return normal;
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> row)) {
        continue;
      }
      Map<String, Object> clean = new LinkedHashMap<>();
      boolean empty = true;
      for (String key : keys) {
        Object value = ((Map<String, Object>) row).get(key);
        Object normalValue = "consentToShare".equals(key) ? Boolean.TRUE.equals(value)
            : "dueDate".equals(key) ? day(value) : text(value);
        empty &= normalValue == null || Boolean.FALSE.equals(normalValue);
        clean.put(key, normalValue);
      }
      if (!empty) {
        normal.add(clean);
      }
    }
    return normal;
  }

  /** The number of a directory service as typed ("12", 12, 12.0); anything else is refused, naming the field. */
  private static Long serviceId(Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    if (!digits.matches("\\d{1,18}")) {
      throw new BadUserRequestException("carePlan.actions.serviceId: '" + text + "' is not the number of a service in the directory");
    }
    return Long.parseLong(digits);
  }

  /** Adults: the budget typed on the form ("180", "180.00"); none when the form has no amount. */
  private static CarePlanRequest.PersonalBudget budget(Object amount, Object rationale) {
    String text = text(amount);
    if (text == null) {
      return null;
    }
    try {
      return new CarePlanRequest.PersonalBudget(new java.math.BigDecimal(text.replace("£", "").strip()), text(rationale));
    } catch (NumberFormatException e) {
      throw new BadUserRequestException("carePlan.personalBudget.weeklyAmount: '" + text + "' is not an amount of money");
    }
  }

  private static String day(Object value) {
    String text = text(value);
    return text == null || text.length() < 10 ? text : text.substring(0, 10);
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
        "keyworkerName", a.keyworker().name(), "keyworkerEmail", a.keyworker().email(), "dueDate", String.valueOf(a.dueDate()),
        "serviceId", a.serviceId() == null ? null : String.valueOf(a.serviceId()))));
    form.put(NEEDS, needs);
    form.put(AGENCIES, agencies);
    form.put(ACTIONS, actions);
    form.put(LEAD_AGENCY, plan.leadAgency());
    form.put(CASE_MANAGER, plan.caseManager());
    form.put(REVIEW_DATE, String.valueOf(plan.reviewDate()));
    form.put(WEEKLY_AMOUNT, plan.personalBudget() == null ? null : plan.personalBudget().weeklyAmount().toPlainString());
    form.put(BUDGET_RATIONALE, plan.personalBudget() == null ? null : plan.personalBudget().rationale());
    return form;
  }

  /**
   * A first plan starts from the agencies the case already names (the Family File's, else the
   * referral's), so nobody types them again; at most as many as the form has rows.
   */
  private List<String> knownAgencies(String reference) {
    var careCase = cases.getByReference(reference);
    if (careCase.isAdult()) {
      return List.of();
    }
    String named = familyFiles.findByCareCase(careCase).map(f -> f.getAgenciesInvolved())
        .filter(text -> text != null && !text.isBlank())
        .orElseGet(() -> referrals.findByCareCase(careCase).map(r -> r.getAgenciesInvolved()).orElse(""));
    return java.util.Arrays.stream(named.split("\\R|,")).map(String::strip).filter(name -> !name.isEmpty()).distinct()
        .limit(ROWS.get(1).rows()).toList();
  }

  static Map<String, Object> withAgencies(Map<String, Object> form, List<String> names) {
    form.put(AGENCIES, names.stream().map(name -> row("name", name, "consentToShare", false)).toList());
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
    form.put(WEEKLY_AMOUNT, null);
    form.put(BUDGET_RATIONALE, null);
    return form;
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
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

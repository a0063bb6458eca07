package org.carepath.adultcontact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carepath.casefile.EligibilityOutcome;
import org.carepath.support.HttpProbe;

/**
 * Drives an adult's case through the REST API as the teams work it, for the tests that start where the
 * front door ends: a contact from Edith Armstrong (ContactRequests), triaged to assess and arrange,
 * the overview finding every outcome substantial (eligible, £420 indicative), a support plan of £380
 * a week written by the lead worker and authorised by maggie.
 */
public final class AdultCases {

  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String AGENCY_EMAIL = "rota@coquet.example";

  private final HttpProbe server;
  private final TaskService tasks;
  private final String engineRest;

  /** {@code engineRest}: "/engine-rest" for the default engine, "/engine-rest/engine/{name}" otherwise. */
  public AdultCases(HttpProbe server, TaskService tasks, String engineRest) {
    this.server = server;
    this.tasks = tasks;
    this.engineRest = engineRest;
  }

  public String contact(String practice) throws Exception {
    return contactOf(ContactRequests.valid(practice, null));
  }

  /** A contact of this body, recorded by the contact centre. */
  public String contactOf(String body) throws Exception {
    var response = server.as("cath", "demo").postJson("/api/contacts", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).get("reference").asText();
  }

  /** A contact triaged to assess and arrange, with {@code leadWorker} (of the practice's team) as lead worker. */
  public String assessing(String practice, String leadWorker) throws Exception {
    return assessingContact(ContactRequests.valid(practice, null), leadWorker);
  }

  /** A contact of this body triaged to assess and arrange. */
  public String assessingContact(String body, String leadWorker) throws Exception {
    String reference = contactOf(body);
    complete(leadWorker, reference, "Activity_TriageContact", Map.of("severeMentalHealth", false,
        "complexCarePlanExpected", false, "seriousRisk", false, "transitionFromChildrensServices", false,
        "unresolvedConflict", false, "needsAssessment", true, "triageOutcome", "ASSESS_AND_ARRANGE",
        "leadWorker", leadWorker));
    return reference;
  }

  /** The overview: every outcome substantial, nothing else offered; the plan's task waits once eligible. */
  public void overview(String reference, String leadWorker) {
    Map<String, Object> overview = new LinkedHashMap<>();
    EligibilityOutcome.variables().forEach(outcome -> overview.put(outcome, "SUBSTANTIAL"));
    overview.put("wellbeingImpact", true);
    overview.put("needsFromCondition", true);
    overview.put("needsNotMetOtherwise", true);
    complete(leadWorker, reference, "Activity_OverviewAssessment", overview);
    task(reference, "Activity_AgreeSupportPlan");
  }

  /** The lead worker's plan, authorised by maggie; care co-ordination starts. */
  public void agreeAndAuthorise(String reference, String leadWorker) {
    var saved = server.as(leadWorker, "demo").putJson("/api/cases/" + reference + "/care-plan", supportPlan(leadWorker));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    complete(leadWorker, reference, "Activity_AgreeSupportPlan", Map.of());
    complete("maggie", reference, "Activity_AuthoriseSupportPlan", Map.of("authorised", true));
  }

  /** An adult's case with an authorised support plan, in care co-ordination with {@code leadWorker}. */
  public String authorised(String practice, String leadWorker) throws Exception {
    String reference = assessing(practice, leadWorker);
    overview(reference, leadWorker);
    agreeAndAuthorise(reference, leadWorker);
    return reference;
  }

  public static String supportPlan(String leadWorker) {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    return """
        {"needs": [{"area": "PHYSICAL", "description": "Cannot get to the shops since her fall"}],
         "agencies": [{"name": "Coquet Home Care", "contactName": "Rota", "email": "%s", "consentToShare": true}],
         "actions": [{"description": "Shopping call twice a week", "agency": "Coquet Home Care",
                      "keyworker": {"name": "Rota", "email": "%s"}, "dueDate": "%s"}],
         "leadAgency": "Coquet Home Care", "caseManager": "%s", "reviewDate": "%s",
         "personalBudget": {"weeklyAmount": 380, "rationale": "Her daughter does the shopping"}}"""
        .formatted(AGENCY_EMAIL, AGENCY_EMAIL, today.plusWeeks(2), leadWorker, today.plusMonths(11));
  }

  /** Completes the case's one open task of {@code taskKey} as {@code user}, through the engine's REST API. */
  public void complete(String user, String reference, String taskKey, Map<String, Object> variables) {
    var response = tryComplete(user, reference, taskKey, variables);
    assertThat(response.statusCode()).as(taskKey + ": " + response.body()).isEqualTo(204);
  }

  public HttpResponse<String> tryComplete(String user, String reference, String taskKey, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    try {
      return server.as(user, "demo").postJson(engineRest + "/task/" + task(reference, taskKey).getId() + "/complete",
          JSON.writeValueAsString(Map.of("variables", typed)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The case's one open task of {@code taskKey}, once the job executor has reached it. */
  public Task task(String reference, String taskKey) {
    return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult(), Objects::nonNull);
  }

  /** A public page's form, posted as a browser would (no sign-in: the link's token is the credential). */
  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    return server.send(server.request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Every self-assessment question answered: substantial, and the person's own words. */
  public static Map<String, String> selfAssessment() {
    Map<String, String> answers = new LinkedHashMap<>();
    EligibilityOutcome.variables().forEach(outcome -> answers.put(outcome, "SUBSTANTIAL"));
    answers.put("outcomeCaringForChild", "NOT_APPLICABLE");
    answers.put("whatMatters", "Staying in my own home near my garden");
    answers.put("whatToChange", "Getting to the shops on my own again");
    return answers;
  }
}

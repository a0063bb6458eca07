package org.carepath.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit trail of a case after a scripted session: every read and write through {@code /api/**}
 * and every task completion, denials and refusals included, in order, and nothing else. The
 * database is shared with other tests, so only this session's case is looked at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AuditTrailIT {

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldRecordEveryAccessToACaseInOrderWithDenialsAndRefusals() throws Exception {
    // given: a scripted session on a new case
    var submitted = as("nina").postJson("/api/referrals", ReferralRequests.valid("NORTH", "AU-" + UUID.randomUUID()));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    String reference = json.readTree(submitted.body()).get("reference").asText();
    String casePath = "/api/cases/" + reference;

    assertThat(as("nina").get(casePath).statusCode()).isEqualTo(200);
    assertThat(as("sara").get(casePath).statusCode()).isEqualTo(404);
    assertThat(as("nina").putJson(casePath + "/care-plan", "{\"needs\": []}").statusCode()).isEqualTo(400);
    assertThat(HttpProbe.local(port).get(casePath).statusCode()).isEqualTo(401);
    Task screening = tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Activity_ScreenReferral").singleResult();
    var completed = as("nina").postJson("/engine-rest/task/" + screening.getId() + "/complete", screeningAnswers());
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

    // when
    var trail = as("lesley").get("/api/audit?reference=" + reference);

    // then: newest first
    assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
    assertThat(lines(trail.body())).containsExactly(
        "nina | TASK_COMPLETED Activity_ScreenReferral | null | null | ALLOWED | null",
        "null | GET /api/cases/{reference} | GET | " + casePath + " | DENIED | 401",
        "nina | PUT /api/cases/{reference}/care-plan | PUT | " + casePath + "/care-plan | REFUSED | 400",
        "sara | GET /api/cases/{reference} | GET | " + casePath + " | DENIED | 404",
        "nina | GET /api/cases/{reference} | GET | " + casePath + " | ALLOWED | 200",
        "nina | POST /api/referrals | POST | /api/referrals | ALLOWED | 201");
    assertThat(trail.body()).contains("\"caseReference\":\"" + reference + "\"", "\"detail\":\"task " + screening.getId()
        + " of ReferralPathway\"").doesNotContain("Ffion", "9434765919", "needs");
  }

  @Test
  void shouldAuditEveryReadOfTheAuditTrailAndKeepItForServiceLeads() throws Exception {
    // given
    var submitted = as("noah").postJson("/api/referrals", ReferralRequests.valid("NORTH", "AU-" + UUID.randomUUID()));
    String reference = json.readTree(submitted.body()).get("reference").asText();
    String auditPath = "/api/audit?reference=" + reference;

    // when
    var byLead = as("lesley").get(auditPath);
    var byNina = as("nina").get(auditPath);
    var bySara = as("sara").get(auditPath);
    var again = as("lesley").get(auditPath);

    // then
    assertThat(byLead.statusCode()).isEqualTo(200);
    assertThat(byNina.statusCode()).isEqualTo(403);
    assertThat(bySara.statusCode()).isEqualTo(403);
    assertThat(byNina.body()).doesNotContain("noah");
    assertThat(lines(again.body())).containsExactly(
        "sara | GET /api/audit | GET | /api/audit | DENIED | 403",
        "nina | GET /api/audit | GET | /api/audit | DENIED | 403",
        "lesley | GET /api/audit | GET | /api/audit | ALLOWED | 200",
        "noah | POST /api/referrals | POST | /api/referrals | ALLOWED | 201");
    assertThat(as("lesley").get("/api/audit").statusCode()).isEqualTo(400);
  }

  private List<String> lines(String body) throws Exception {
    List<Map<String, Object>> entries = json.readValue(body, new TypeReference<>() {});
    return entries.stream().map(e -> e.get("userId") + " | " + e.get("action") + " | " + e.get("method") + " | "
        + e.get("path") + " | " + e.get("outcome") + " | " + e.get("status")).toList();
  }

  private static String screeningAnswers() {
    return """
        {"variables": {"needsCount": {"value": 2, "type": "Integer"},
                       "asdAdhdRequested": {"value": false, "type": "Boolean"},
                       "keyWorkerElsewhere": {"value": false, "type": "Boolean"},
                       "complexMultiAgencyNeeds": {"value": true, "type": "Boolean"}}}
        """;
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}

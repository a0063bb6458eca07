package org.carepath.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /actuator/prometheus}: the job queue, failed jobs, incidents by step and letters by state, and
 * request latency, for the monitoring's own user and administrators only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OperationsMetricsIT {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired OperationsMetrics metrics;

  @Test
  void shouldShowTheMonitoringTheQueueIncidentsByStepLettersAndLatency() {
    // given a member of metrics-readers, and an incident at a step of a probe process
    String reader = "prom-" + UUID.randomUUID().toString().substring(0, 8);
    var user = identity.newUser(reader);
    user.setPassword("scrape-meadow-lantern-7");
    identity.saveUser(user);
    identity.createMembership(reader, "metrics-readers");
    String key = "MetricsProbe" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    repository.createDeployment().name(key).addString(key + ".bpmn", """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            id="Definitions_%1$s" targetNamespace="http://carepath.example/probe">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Started"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:userTask id="Activity_Stuck" camunda:candidateGroups="iscan-north"><bpmn:incoming>Flow_1</bpmn:incoming></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Started" targetRef="Activity_Stuck" />
          </bpmn:process>
        </bpmn:definitions>""".formatted(key)).deploy();
    var instance = runtime.startProcessInstanceByKey(key);
    runtime.createIncident("metricsProbe", instance.getId(), "probe");
    as(reader, "scrape-meadow-lantern-7").get("/api/me");
    metrics.refresh();

    // when the monitoring scrapes
    var scraped = as(reader, "scrape-meadow-lantern-7").get("/actuator/prometheus");

    // then
    assertThat(scraped.statusCode()).isEqualTo(200);
    assertThat(scraped.body()).contains("carepath_jobs_executable ", "carepath_jobs_failed ",
        "carepath_letters{status=\"SENT\"}", "carepath_letters{status=\"FAILED\"}",
        "carepath_incidents{activity=\"Activity_Stuck\"} 1.0", "http_server_requests_seconds_bucket");
    assertThat(scraped.body()).as("no case, no name").doesNotContain("ISC-", "Ffion");
  }

  @Test
  void shouldKeepTheMetricsFromEveryoneElse() {
    assertThat(HttpProbe.local(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(as("lesley", "wrong").get("/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(as("lesley", "demo").get("/actuator/prometheus").statusCode()).as("a service lead").isEqualTo(403);
    assertThat(as("nina", "demo").get("/actuator/prometheus").statusCode()).isEqualTo(403);
    assertThat(as("demo", "demo").get("/actuator/prometheus").statusCode()).as("an administrator").isEqualTo(200);
    assertThat(HttpProbe.local(port).get("/actuator/health").statusCode()).as("health stays open").isEqualTo(200);
  }

  private HttpProbe as(String user, String password) {
    return HttpProbe.local(port).as(user, password);
  }
}

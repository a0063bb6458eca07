package org.carepath.carecoordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.carepath.referral.ReferralPathwayProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The plan meeting's form starts from the agencies the referral already named: nobody types them again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PlanPrefillIT {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void shouldOfferTheReferralsAgenciesOnAFirstPlan() {
    // given a referral naming "Health visiting", at its plan meeting with no plan written yet
    var given = new CareCoordinationCases(port, runtime, tasks, management);
    String reference = given.referral();
    runtime.deleteProcessInstance(given.pathway(reference).getId(), "test: straight to the plan meeting");
    runtime.createProcessInstanceByKey(ReferralPathwayProcess.KEY).businessKey(reference)
        .setVariables(Map.of(ReferralPathwayProcess.CASE_REFERENCE, reference, ReferralPathwayProcess.SECTOR, "NORTH",
            ReferralPathwayProcess.SECTOR_TEAM, "iscan-north", ReferralPathwayProcess.ALLOCATED_WORKER, "nina",
            ReferralPathwayProcess.CHILD_NAME, CareCoordinationCases.CHILD))
        .startBeforeActivity("Activity_PlanMeeting").execute();

    // when the form is made
    String task = given.task(reference, "Activity_PlanMeeting").getId();

    // then its first agency row holds the referral's agency, and no more rows are filled
    assertThat(tasks.getVariableLocal(task, "planAgency1Name")).isEqualTo("Health visiting");
    assertThat(tasks.getVariableLocal(task, "planAgency2Name")).isNull();
    assertThat(tasks.getVariableLocal(task, "planNeed1Description")).isNull();
  }
}

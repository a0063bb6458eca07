package org.carepath.directory;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both paths of KeepDirectory: describe a service (add or change), or confirm a retirement. */
@Deployment(resources = {"processes/KeepDirectory.bpmn"})
class KeepDirectoryProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();

  ProcessEngine engine;

  @BeforeEach
  void registerBeans() {
    init(engine);
    Mocks.register("openDirectoryEntryDelegate", mock(JavaDelegate.class));
    Mocks.register("saveDirectoryEntryDelegate", mock(JavaDelegate.class));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void shouldLetTheStarterDescribeTheServiceToAddOrChange() {
    ProcessInstance pi = start("CHANGE");

    assertThat(pi).isWaitingAt("Activity_DescribeService");
    assertThat(task()).isAssignedTo("nina");
    complete(task());

    assertThat(pi).isEnded().hasPassedInOrder("Activity_OpenDirectoryEntry", "Activity_DescribeService",
        "Activity_SaveDirectoryEntry", "Event_DirectoryUpdated").hasNotPassed("Activity_ConfirmRetirement");
  }

  @Test
  void shouldAskTheStarterToConfirmARetirement() {
    ProcessInstance pi = start("RETIRE");

    assertThat(pi).isWaitingAt("Activity_ConfirmRetirement");
    assertThat(task()).isAssignedTo("nina");
    complete(task(), withVariables("confirmRetirement", true));

    assertThat(pi).isEnded().hasPassed("Activity_SaveDirectoryEntry").hasNotPassed("Activity_DescribeService");
  }

  private ProcessInstance start(String change) {
    identityService().setAuthenticatedUserId("nina");
    try {
      return runtimeService().startProcessInstanceByKey("KeepDirectory", Map.of("directoryChange", change));
    } finally {
      identityService().clearAuthentication();
    }
  }
}

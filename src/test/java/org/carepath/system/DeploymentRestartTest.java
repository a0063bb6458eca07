package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.carepath.CarepathApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Restarts carepath on one H2 file database: an unchanged restart deploys nothing, a model change
 * deploys every model and form together, so the changed process still finds its form.
 */
class DeploymentRestartTest {

  private static final Path FIXTURES = Path.of("src/test/resources/deployment");

  @TempDir Path dir;

  @Test
  void shouldDeployNothingOnUnchangedRestartAndEverythingOnChange() throws IOException {
    // given
    copyFixtures();

    // when
    List<Deployment> first = deploymentsAfterStart();
    List<Deployment> second = deploymentsAfterStart();
    changeTaskName();
    List<Deployment> third;
    String formAfterChange;
    try (var context = start()) {
      third = deployments(context);
      formAfterChange = formOfFirstTask(context);
    }

    // then
    assertThat(first).hasSize(1);
    assertThat(second).extracting(Deployment::getId).containsExactly(first.get(0).getId());
    assertThat(third).hasSize(2);
    assertThat(formAfterChange).contains("\"id\": \"ReviewSample\"");
  }

  @Test
  void shouldNameResourcesByFolderAndFileName() throws IOException {
    // given
    copyFixtures();

    // when
    List<String> names;
    try (var context = start()) {
      var repository = context.getBean(RepositoryService.class);
      String deploymentId = deployments(context).get(0).getId();
      names = repository.getDeploymentResources(deploymentId).stream().map(Resource::getName).sorted().toList();
    }

    // then
    assertThat(names).containsExactly("forms/ReviewSample.form", "processes/SampleIntake.bpmn");
  }

  private List<Deployment> deploymentsAfterStart() {
    try (var context = start()) {
      return deployments(context);
    }
  }

  private static List<Deployment> deployments(ConfigurableApplicationContext context) {
    return context.getBean(RepositoryService.class).createDeploymentQuery().orderByDeploymentTime().asc().list();
  }

  private static String formOfFirstTask(ConfigurableApplicationContext context) throws IOException {
    context.getBean(RuntimeService.class).startProcessInstanceByKey("SampleIntake", "CASE-1");
    String taskId = context.getBean(TaskService.class).createTaskQuery().singleResult().getId();
    try (var form = context.getBean(FormService.class).getDeployedTaskForm(taskId)) {
      return new String(form.readAllBytes());
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(CarepathApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(),
            "--camunda.bpm.process-engine-name=restart",
            "--camunda.bpm.webapp.enabled=false",
            "--camunda.bpm.job-execution.enabled=false",
            "--carepath.demo.users-enabled=false",
            "--carepath.deployment.locations=file:" + dir + "/processes/*.bpmn,file:" + dir + "/forms/*.form");
  }

  private void copyFixtures() throws IOException {
    Files.createDirectories(dir.resolve("processes"));
    Files.createDirectories(dir.resolve("forms"));
    Files.copy(FIXTURES.resolve("SampleIntake.bpmn"), dir.resolve("processes/SampleIntake.bpmn"));
    Files.copy(FIXTURES.resolve("ReviewSample.form"), dir.resolve("forms/ReviewSample.form"));
  }

  private void changeTaskName() throws IOException {
    Path model = dir.resolve("processes/SampleIntake.bpmn");
    Files.writeString(model, Files.readString(model).replace("Review sample", "Review the sample"));
  }
}

package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.carepath.adultcontact.AdultContactFilings;
import org.carepath.carecoordination.CareCoordinationFilings;
import org.carepath.casefile.CaseFileFilings;
import org.carepath.iap.IapFilings;
import org.carepath.referral.ReferralPathwayFilings;
import org.junit.jupiter.api.Test;

/**
 * Every task that files its notes ({@code caseFileNoteListener}) is named by the feature whose diagram
 * holds it, and only by that one: a task added in Modeler with the listener but no filing is caught here.
 */
class CaseFileFilingsTest {

  static final Map<String, CaseFileFilings> BY_PROCESS = Map.of("AdultContact", new AdultContactFilings(),
      "CareCoordination", new CareCoordinationFilings(), "IapAssessment", new IapFilings(),
      "ReferralPathway", new ReferralPathwayFilings());

  @Test
  void shouldFileEveryTaskWithTheListenerByTheFeatureOfItsDiagram() throws IOException {
    Map<String, Set<String>> listening = new TreeMap<>();
    try (var models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        String process = model.getFileName().toString().replace(".bpmn", "");
        for (UserTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
          boolean files = task.getExtensionElements() != null && task.getExtensionElements()
              .getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
              .anyMatch(l -> "${caseFileNoteListener}".equals(l.getCamundaDelegateExpression()));
          if (files) {
            listening.computeIfAbsent(process, p -> new HashSet<>()).add(task.getId());
          }
        }
      }
    }

    assertThat(listening.keySet()).isEqualTo(new TreeMap<>(BY_PROCESS).keySet());
    listening.forEach((process, tasks) ->
        assertThat(BY_PROCESS.get(process).filings().keySet()).as(process).isEqualTo(tasks));
    Set<String> all = new HashSet<>();
    for (CaseFileFilings feature : List.copyOf(BY_PROCESS.values())) {
      feature.filings().keySet().forEach(task -> assertThat(all.add(task)).as("filed once: " + task).isTrue());
    }
  }
}

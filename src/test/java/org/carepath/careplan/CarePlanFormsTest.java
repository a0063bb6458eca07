package org.carepath.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The care plan is edited on four forms: the plan meeting, the interagency meeting, the review and the
 * adult's support plan. Its section (needs, agencies, actions, lead agency, case manager, review date)
 * is the same on each, field for field, apart from the row ids Modeler gives each form, the review's
 * "hidden when discharging", and the few wordings named here. A change to one form that is not made to
 * the others fails here.
 */
class CarePlanFormsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String REFERENCE = "InteragencyMeeting";
  static final String DISCHARGING = "reviewOutcome = \"DISCHARGE\"";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "PlanMeeting        | Text_Child planReviewDate",              // children only: no adult's name, six months
      "CarePlanReview     | Text_Guidance",
      "AgreeSupportPlan   | Text_Guidance planCaseManager planReviewDate"}) // adults: lead worker, twelve months
  void shouldEditTheCarePlanWithTheSameFieldsAsTheInteragencyMeeting(String form, String ownWords) throws IOException {
    Map<String, JsonNode> reference = components(REFERENCE);
    Map<String, JsonNode> other = components(form);
    Set<String> differing = new TreeSet<>();
    int shared = 0;
    for (var entry : other.entrySet()) {
      JsonNode same = reference.get(entry.getKey());
      if (same == null) {
        continue; // the form's own fields: meeting date, review outcome...
      }
      shared++;
      if (!normal(entry.getValue(), form).equals(normal(same, REFERENCE))) {
        differing.add(entry.getKey());
      }
    }

    assertThat(shared).as("the care plan section").isGreaterThan(100);
    assertThat(differing).isEqualTo(new TreeSet<>(Set.of(ownWords.split(" "))));
  }

  /** Every component of the form by key (or id), nested ones included. */
  static Map<String, JsonNode> components(String form) throws IOException {
    Map<String, JsonNode> all = new LinkedHashMap<>();
    collect(JSON.readTree(Path.of("forms", form + ".form").toFile()).get("components"), all);
    return all;
  }

  private static void collect(JsonNode components, Map<String, JsonNode> all) {
    for (JsonNode component : components) {
      all.put(component.has("key") ? component.get("key").asText() : component.get("id").asText(), component);
      if (component.has("components")) {
        collect(component.get("components"), all);
      }
    }
  }

  /** The component without its children, its row id, and the review's "hidden when discharging". */
  private static JsonNode normal(JsonNode component, String form) {
    ObjectNode copy = component.deepCopy();
    copy.remove("components");
    if (copy.has("layout")) {
      ((ObjectNode) copy.get("layout")).remove("row");
    }
    if ("CarePlanReview".equals(form) && copy.has("conditional")) {
      String hide = copy.get("conditional").path("hide").asText();
      assertThat(hide.equals("=" + DISCHARGING) || hide.startsWith("=(" + DISCHARGING + ") or ("))
          .as(copy.path("id").asText() + " hides when discharging: " + hide).isTrue();
      if (hide.equals("=" + DISCHARGING)) {
        copy.remove("conditional");
      } else {
        String rest = hide.substring(("=(" + DISCHARGING + ") or (").length(), hide.length() - 1);
        ((ObjectNode) copy.get("conditional")).put("hide", "=" + rest);
      }
    }
    return copy;
  }
}

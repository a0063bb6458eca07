package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A Camunda Forms text component renders Markdown: a variable placed into it whose value someone typed
 * could carry a link that Tasklist makes clickable (phishing). Text components may therefore show only
 * values carepath validates or writes itself; typed text goes into a disabled textarea or is escaped
 * (tasklist/MarkdownText) by the listener that prepares it.
 */
class FormTextConventionsTest {

  /** Names, ages, references, user ids and codes, or summaries carepath builds with MarkdownText. */
  private static final Set<String> SAFE_IN_MARKDOWN = Set.of("childName", "childAge", "caseReference", "needsSummary",
      "referrerName", "parentName", "parentPhone", "iapService", "recommendation", "recommendationRule", "caseloads",
      "carePlanSummary", "overdueActionList", "newCaseManager", "planTooLargeForForm",
      // adults: a validated name (letters, spaces, ' . -), an age, a validated phone number, an ODS
      // code, carepath's label of the channel, and the decision AdultTriage's route and rule
      "personName", "personAge", "personPhone", "gpPractice", "channel", "triageRecommendation", "triageRule",
      // the decision IndicativeBudget's amount and band
      "indicativeWeeklyAmount", "budgetBand",
      // the specialism of a specialist assessment: carepath's own list (SpecialistAssessments)
      "specialism",
      // the booked IAP appointment in words, its typed place escaped (FileIapAppointmentDelegate)
      "appointmentWhen");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(?:#if\\s+|/if)?([A-Za-z_][A-Za-z0-9_]*)?");

  @Test
  void shouldShowNoTypedTextInsideMarkdown() throws IOException {
    Set<String> shown = new TreeSet<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        collect(new ObjectMapper().readTree(form.toFile()), shown);
      }
    }
    assertThat(shown).isNotEmpty().isSubsetOf(SAFE_IN_MARKDOWN);
  }

  @Test
  void shouldFindATypedReasonInAMarkdownText() throws IOException {
    Set<String> shown = new TreeSet<>();
    collect(new ObjectMapper().readTree("{\"components\":[{\"type\":\"text\",\"text\":\"Referred: {{referralReason}}\"}]}"), shown);
    assertThat(shown).containsExactly("referralReason").doesNotContainAnyElementsOf(SAFE_IN_MARKDOWN);
  }

  private static void collect(JsonNode node, Set<String> shown) {
    if (node.isObject() && "text".equals(node.path("type").asText())) {
      Matcher matcher = PLACEHOLDER.matcher(node.path("text").asText());
      while (matcher.find()) {
        if (matcher.group(1) != null) {
          shown.add(matcher.group(1));
        }
      }
    }
    node.forEach(child -> collect(child, shown));
  }
}

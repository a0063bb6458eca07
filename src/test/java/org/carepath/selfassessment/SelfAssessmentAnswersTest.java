package org.carepath.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.carepath.casefile.EligibilityOutcome;
import org.carepath.support.Bundles;
import org.junit.jupiter.api.Test;

class SelfAssessmentAnswersTest {

  @Test
  void shouldNameEveryQuestionLeftOutOrAnsweredWithSomethingTheFormNeverOffers() {
    Map<String, String> form = all("SOME");
    form.remove("outcomeDressing");
    form.put("outcomeNutrition", "TERRIBLE");

    SelfAssessmentAnswers answers = SelfAssessmentAnswers.read(form);

    assertThat(answers.valid()).isFalse();
    assertThat(Bundles.words(answers.problems(), Locale.UK)).containsExactly(
        "Choose an answer for: Getting enough to eat and drink, and making meals",
        "Choose an answer for: Getting dressed in clothes that suit the weather and what you are doing");
    assertThat(Bundles.words(answers.problems(), Bundles.WELSH)).containsExactly(
        "Dewiswch ateb ar gyfer: Cael digon i'w fwyta a'i yfed, a gwneud prydau bwyd",
        "Dewiswch ateb ar gyfer: Gwisgo dillad sy'n addas i'r tywydd ac i'r hyn rydych yn ei wneud");
  }

  @Test
  void shouldKeepThePersonsOwnWordsWithEachLevelAsTheLeadWorkerReadsIt() {
    Map<String, String> form = all("CRITICAL");
    form.put("outcomeCaringForChild", "NOT_APPLICABLE");
    form.put("whatMatters", "  My garden  ");
    form.put("whatToChange", " ");

    String text = SelfAssessmentAnswers.read(form).asText("Joan Armstrong for Edith Armstrong");

    assertThat(text).startsWith("Filled in by Joan Armstrong for Edith Armstrong.")
        .contains("Using the toilet: I cannot do this at all without help (CRITICAL)",
            "Looking after a child you care for: This does not apply to me\n", "What matters most to me:\nMy garden")
        .doesNotContain("What I would like to be different");
  }

  @Test
  void shouldRefuseOwnWordsLongerThanTheFormAllows() {
    Map<String, String> form = all("NONE");
    form.put("whatToChange", "x".repeat(SelfAssessmentAnswers.MAX_TEXT + 1));

    assertThat(Bundles.words(SelfAssessmentAnswers.read(form).problems(), Locale.UK)).containsExactly(
        "Please keep each answer in your own words to 2000 characters.");
  }

  @Test
  void shouldOfferOnThePageTheChoicesInTheWordsTheCaseFileKeeps() {
    SelfAssessmentAnswers.CHOICES.forEach((level, words) -> {
      assertThat(Bundles.MESSAGES.getMessage("selfAssessment.choice." + level, null, Locale.UK)).isEqualTo(words);
      assertThat(Bundles.MESSAGES.getMessage("selfAssessment.choice." + level, null, Bundles.WELSH)).isNotEqualTo(words);
    });
  }

  private static Map<String, String> all(String level) {
    Map<String, String> form = new HashMap<>();
    EligibilityOutcome.variables().forEach(outcome -> form.put(outcome, level));
    return form;
  }
}

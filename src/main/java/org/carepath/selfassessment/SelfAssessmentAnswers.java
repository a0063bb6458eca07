package org.carepath.selfassessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carepath.casefile.EligibilityOutcome;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A person's answers to their self-assessment: for each of the ten eligibility outcomes how much help
 * they need, in the levels the lead worker uses (or that it does not apply), and in their own words
 * what matters to them and what they would like to change. Read from the form as typed; problems name
 * each question left out.
 */
public record SelfAssessmentAnswers(Map<EligibilityOutcome, String> levels, String whatMatters, String whatToChange,
    List<MessageSourceResolvable> problems) {

  static final int MAX_TEXT = 2000;
  static final String NOT_APPLICABLE = "NOT_APPLICABLE";

  /**
   * The choices, in the person's words, for each level, as the case file keeps them (in English, for
   * staff); the page shows {@code selfAssessment.choice.<level>} of the message bundles, in the same words.
   */
  static final Map<String, String> CHOICES = choices();

  private static Map<String, String> choices() {
    Map<String, String> choices = new LinkedHashMap<>();
    choices.put("NONE", "I manage without help");
    choices.put("SOME", "I manage, but it is hard or takes me a long time");
    choices.put("SUBSTANTIAL", "I often cannot do this without help");
    choices.put("CRITICAL", "I cannot do this at all without help");
    choices.put(NOT_APPLICABLE, "This does not apply to me");
    return Collections.unmodifiableMap(choices);
  }

  static SelfAssessmentAnswers read(Map<String, String> form) {
    Map<EligibilityOutcome, String> levels = new EnumMap<>(EligibilityOutcome.class);
    List<MessageSourceResolvable> problems = new ArrayList<>();
    for (EligibilityOutcome outcome : EligibilityOutcome.values()) {
      String value = form.get(outcome.variable());
      if (value != null && CHOICES.containsKey(value)) {
        levels.put(outcome, value);
      } else {
        problems.add(new DefaultMessageSourceResolvable(new String[] {"selfAssessment.problem.choose"},
            new Object[] {new DefaultMessageSourceResolvable("selfAssessment.outcome." + outcome.name())}));
      }
    }
    String whatMatters = text(form.get("whatMatters"));
    String whatToChange = text(form.get("whatToChange"));
    if (whatMatters != null && whatMatters.length() > MAX_TEXT || whatToChange != null && whatToChange.length() > MAX_TEXT) {
      problems.add(new DefaultMessageSourceResolvable(new String[] {"selfAssessment.problem.tooLong"},
          new Object[] {MAX_TEXT}));
    }
    return new SelfAssessmentAnswers(levels, whatMatters, whatToChange, List.copyOf(problems));
  }

  static SelfAssessmentAnswers empty() {
    return new SelfAssessmentAnswers(Map.of(), null, null, List.of());
  }

  boolean valid() {
    return problems.isEmpty();
  }

  /** The level chosen for an outcome, or null. */
  public String levelOf(EligibilityOutcome outcome) {
    return levels.get(outcome);
  }

  /** The answers as the case file keeps them: plain text, each outcome with the person's words and the level. */
  String asText(String filledInBy) {
    StringBuilder text = new StringBuilder("Filled in by ").append(filledInBy).append(".\n\n");
    for (EligibilityOutcome outcome : EligibilityOutcome.values()) {
      String level = levels.get(outcome);
      text.append(outcome.question()).append(": ").append(CHOICES.get(level))
          .append(NOT_APPLICABLE.equals(level) ? "" : " (" + level + ")").append('\n');
    }
    if (whatMatters != null) {
      text.append("\nWhat matters most to me:\n").append(whatMatters).append('\n');
    }
    if (whatToChange != null) {
      text.append("\nWhat I would like to be different:\n").append(whatToChange).append('\n');
    }
    return text.toString().strip();
  }

  /** Stripped, blank as null, line breaks as one character each (a browser counts CRLF as one too). */
  private static String text(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.replace("\r\n", "\n").replace('\r', '\n').strip();
    return stripped.isEmpty() ? null : stripped;
  }
}

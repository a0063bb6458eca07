package org.carepath.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The answer as posted by the form: {@code score} 1 to 5, an optional {@code comment} of at most 2000
 * characters. Reads the raw text, so a wrong type is a problem to show, never a server error.
 */
record FeedbackAnswer(Integer score, String comment, List<String> problems) {

  static final int MAX_COMMENT = 2000;

  /** The scores and their words, as the form shows them. */
  static final Map<Integer, String> SCORES =
      Map.of(1, "Very poor", 2, "Poor", 3, "Neither good nor poor", 4, "Good", 5, "Very good");

  static FeedbackAnswer read(String score, String comment) {
    List<String> problems = new ArrayList<>();
    Integer value = score(score);
    if (value == null) {
      problems.add("Choose a score from 1 (very poor) to 5 (very good).");
    }
    String text = comment == null ? null : comment.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "").strip();
    if (text != null && text.isEmpty()) {
      text = null;
    }
    if (text != null && text.codePointCount(0, text.length()) > MAX_COMMENT) {
      problems.add("Shorten your comment to " + MAX_COMMENT + " characters or fewer (it has "
          + text.codePointCount(0, text.length()) + ").");
    }
    return new FeedbackAnswer(value, text, List.copyOf(problems));
  }

  boolean valid() {
    return problems.isEmpty();
  }

  private static Integer score(String score) {
    if (score == null || !score.strip().matches("[1-5]")) {
      return null;
    }
    return Integer.valueOf(score.strip());
  }
}

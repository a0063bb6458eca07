package org.carepath.feedback;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The answer as posted by the form: {@code score} 1 to 5, an optional {@code comment} of at most 2000
 * characters. Reads the raw text, so a wrong type is a problem to show (in the page's language), never a
 * server error.
 */
record FeedbackAnswer(Integer score, String comment, List<MessageSourceResolvable> problems) {

  static final int MAX_COMMENT = 2000;

  /** The scores the form offers; their words are {@code feedback.score.<n>} in the message bundles. */
  static final List<Integer> SCORES = List.of(1, 2, 3, 4, 5);

  static FeedbackAnswer read(String score, String comment) {
    List<MessageSourceResolvable> problems = new ArrayList<>();
    Integer value = score(score);
    if (value == null) {
      problems.add(problem("feedback.problem.score"));
    }
    String text = comment == null ? null : comment.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "").strip();
    if (text != null && text.isEmpty()) {
      text = null;
    }
    if (text != null && text.codePointCount(0, text.length()) > MAX_COMMENT) {
      problems.add(problem("feedback.problem.comment", MAX_COMMENT, text.codePointCount(0, text.length())));
    }
    return new FeedbackAnswer(value, text, List.copyOf(problems));
  }

  private static MessageSourceResolvable problem(String code, Object... arguments) {
    return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
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

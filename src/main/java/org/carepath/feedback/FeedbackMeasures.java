package org.carepath.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.carepath.casefile.CareCase;
import org.carepath.system.Chunks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback for the reports: how many requests the cases of a scope had in a period, how many were
 * answered and the scores; and, for service leads to read, the comments (without a case reference).
 */
@Service
public class FeedbackMeasures {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  /** Requests made, answers given and the sum of their scores (1 to 5 each). */
  public record Tally(long requests, long answers, long scoreSum) {}

  /** One answer with a comment: the day it was given, who gave it (family or professional), its score and words. */
  public record Comment(LocalDate answeredOn, Respondent.Role respondent, int score, String comment) {}

  private final FeedbackRequestRepository requests;

  FeedbackMeasures(FeedbackRequestRepository requests) {
    this.requests = requests;
  }

  /** The feedback requests made in {@code [from, to)} for these cases. */
  @Transactional(readOnly = true)
  public Tally tally(Collection<CareCase> cases, Instant from, Instant to) {
    long made = 0;
    long answered = 0;
    long sum = 0;
    for (List<CareCase> chunk : Chunks.of(cases)) {
      for (Object[] row : requests.tallyOf(chunk, from, to)) {
        made += ((Number) row[0]).longValue();
        answered += ((Number) row[1]).longValue();
        sum += ((Number) row[2]).longValue();
      }
    }
    return new Tally(made, answered, sum);
  }

  /** The comments given to the requests made in {@code [from, to)} for these cases, oldest answer first. */
  @Transactional(readOnly = true)
  public List<Comment> comments(Collection<CareCase> cases, Instant from, Instant to) {
    List<Comment> comments = new ArrayList<>();
    for (List<CareCase> chunk : Chunks.of(cases)) {
      for (FeedbackRequest answered : requests.commentedOf(chunk, from, to)) {
        comments.add(new Comment(LocalDate.ofInstant(answered.getAnsweredAt(), UK), answered.getRespondentRole(),
            answered.getScore(), answered.getComment()));
      }
    }
    comments.sort(java.util.Comparator.comparing(Comment::answeredOn));
    return comments;
  }
}

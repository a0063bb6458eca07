package org.carepath.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/reports/flow} (design 4c): how the cases of one pathway flowed in a period. Every
 * count below {@link #SMALLEST_SHOWN} is {@code null}, never its value (statistical disclosure
 * control), and so is every figure computed from fewer cases. Definitions in docs/reports.md.
 */
@JsonInclude(JsonInclude.Include.ALWAYS) // a suppressed figure is null, shown as null
public record FlowReport(String pathway, LocalDate from, LocalDate to, String sector, String team, Long received,
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS) Map<String, Long> receivedBy,
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS) Map<String, Long> outcomes,
    List<Stage> stages, Double handoffsPerCase,
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS) Map<String, Long> handoffs,
    Long reviews, Double reviewsOnTime, Long tasksDone, Double tasksOnTime,
    Long overdueActions,
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS) Map<String, Long> letters,
    Feedback feedback, LearningReviews learningReviews, FlowReport baseline) {

  /** The smallest count a report shows. */
  public static final int SMALLEST_SHOWN = 5;

  /** Time from the case's opening to a milestone, for the period's cases that reached it. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Stage(String name, Long cases, Double medianDays, Double p90Days) {}

  /**
   * Feedback asked for in the period for the scope's cases: requests, answers, the fraction answered and
   * the mean score (1 very poor to 5 very good), each suppressed like any figure.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Feedback(Long requests, Long answers, Double answered, Double averageScore) {}

  /**
   * The team learning reviews of the sector's first five accepted cases (children), whenever held: how
   * many were asked for and how many held. About the team's practice, not a family: exact figures.
   */
  public record LearningReviews(long asked, long held) {}

  /** The same report with the figures of the baseline period beside it. */
  FlowReport withBaseline(FlowReport of) {
    return new FlowReport(pathway, from, to, sector, team, received, receivedBy, outcomes, stages, handoffsPerCase, handoffs,
        reviews, reviewsOnTime, tasksDone, tasksOnTime, overdueActions, letters, feedback, learningReviews, of);
  }

  /**
   * A breakdown whose total is shown elsewhere, suppressed: each count below {@link #SMALLEST_SHOWN} is
   * {@code null}, and while the suppressed counts add up to 1-4 (the total less the shown entries would
   * give that small number away) the smallest shown entry is suppressed too (complementary suppression).
   */
  static <K> Map<K, Long> suppressed(Map<K, Long> counts) {
    Map<K, Long> shown = new java.util.LinkedHashMap<>();
    counts.forEach((key, count) -> shown.put(key, shown(count)));
    long hidden = counts.entrySet().stream().filter(e -> shown.get(e.getKey()) == null).mapToLong(Map.Entry::getValue).sum();
    while (hidden > 0 && hidden < SMALLEST_SHOWN) {
      var smallest = shown.entrySet().stream().filter(e -> e.getValue() != null).min(Map.Entry.comparingByValue());
      if (smallest.isEmpty()) {
        break;
      }
      hidden += smallest.get().getValue();
      smallest.get().setValue(null);
    }
    return shown;
  }

  /**
   * A fraction as a report may show it: from at least {@link #SMALLEST_SHOWN}, and only when the part it
   * leaves out is none or at least {@link #SMALLEST_SHOWN} too (6 reviews at 0.83 would say "1 late").
   */
  static Double fraction(long part, long whole) {
    long rest = whole - part;
    if (whole < SMALLEST_SHOWN || (part > 0 && part < SMALLEST_SHOWN) || (rest > 0 && rest < SMALLEST_SHOWN)) {
      return null;
    }
    return Math.round(part * 100.0 / whole) / 100.0;
  }

  /** A count as a report may show it: {@code null} below {@link #SMALLEST_SHOWN}. */
  static Long shown(long count) {
    return count < SMALLEST_SHOWN ? null : count;
  }
}

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
    List<Stage> stages, Double handoffsPerCase, Long reviews, Double reviewsOnTime, Long tasksDone, Double tasksOnTime,
    Long overdueActions,
    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS) Map<String, Long> letters,
    FlowReport baseline) {

  /** The smallest count a report shows. */
  public static final int SMALLEST_SHOWN = 5;

  /** Time from the case's opening to a milestone, for the period's cases that reached it. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Stage(String name, Long cases, Double medianDays, Double p90Days) {}

  /** The same report with the figures of the baseline period beside it. */
  FlowReport withBaseline(FlowReport of) {
    return new FlowReport(pathway, from, to, sector, team, received, receivedBy, outcomes, stages, handoffsPerCase, reviews,
        reviewsOnTime, tasksDone, tasksOnTime, overdueActions, letters, of);
  }

  /**
   * Complementary suppression for a breakdown whose total is shown elsewhere: with one entry suppressed,
   * the total less the others would give it away, so the smallest shown entry is suppressed too.
   */
  static <K> java.util.Map<K, Long> complemented(java.util.Map<K, Long> shown) {
    if (shown.values().stream().filter(java.util.Objects::isNull).count() == 1) {
      shown.entrySet().stream().filter(e -> e.getValue() != null).min(java.util.Map.Entry.comparingByValue())
          .ifPresent(smallest -> smallest.setValue(null));
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

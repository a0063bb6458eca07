package org.carepath.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carepath.casefile.Sector;

/**
 * Feedback collated per sector for evaluation: requests sent, answers, response rate (per cent) and
 * average score, for everyone and for families and professionals apart. Figures absent for want of
 * answers are {@code null}, never 0. {@code from} and {@code to} are the request dates asked for.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record FeedbackReport(LocalDate from, LocalDate to, List<SectorFeedback> sectors, Figures total) {

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SectorFeedback(Sector sector, long requestsSent, long answers, BigDecimal responseRatePercent,
      BigDecimal averageScore, Figures family, Figures professional) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Figures(long requestsSent, long answers, BigDecimal responseRatePercent, BigDecimal averageScore) {}

  /** Counts of one group of requests; the sum of scores makes averages of groups exact. */
  record Tally(long requests, long answers, long scoreSum) {

    static final Tally NONE = new Tally(0, 0, 0);

    Tally plus(Tally other) {
      return new Tally(requests + other.requests, answers + other.answers, scoreSum + other.scoreSum);
    }

    Figures figures() {
      return new Figures(requests, answers, ratio(100 * answers, requests), ratio(scoreSum, answers));
    }

    private static BigDecimal ratio(long dividend, long divisor) {
      return divisor == 0 ? null
          : BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 1, RoundingMode.HALF_UP);
    }
  }

  /** The report of the repository's rows (sector, role, requests, answers, sum of scores); every sector listed. */
  static FeedbackReport of(LocalDate from, LocalDate to, List<Object[]> rows) {
    Map<Sector, Map<Respondent.Role, Tally>> tallies = new EnumMap<>(Sector.class);
    for (Object[] row : rows) {
      tallies.computeIfAbsent((Sector) row[0], s -> new EnumMap<>(Respondent.Role.class))
          .merge((Respondent.Role) row[1], new Tally(number(row[2]), number(row[3]), number(row[4])), Tally::plus);
    }
    Tally total = Tally.NONE;
    List<SectorFeedback> sectors = new java.util.ArrayList<>();
    for (Sector sector : Sector.values()) {
      Map<Respondent.Role, Tally> byRole = tallies.getOrDefault(sector, Map.of());
      Tally family = byRole.getOrDefault(Respondent.Role.FAMILY, Tally.NONE);
      Tally professional = byRole.getOrDefault(Respondent.Role.PROFESSIONAL, Tally.NONE);
      Figures all = family.plus(professional).figures();
      sectors.add(new SectorFeedback(sector, all.requestsSent(), all.answers(), all.responseRatePercent(),
          all.averageScore(), family.figures(), professional.figures()));
      total = total.plus(family).plus(professional);
    }
    return new FeedbackReport(from, to, List.copyOf(sectors), total.figures());
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}

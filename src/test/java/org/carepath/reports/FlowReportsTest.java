package org.carepath.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowReportsTest {

  @Test
  void shouldTakeTheMedianAndTheNearestRankNinetiethPercentile() {
    assertThat(FlowReports.median(List.of(1.0, 2.0, 9.0))).isEqualTo(2.0);
    assertThat(FlowReports.median(List.of(1.0, 2.0, 4.0, 9.0))).isEqualTo(3.0);
    List<Double> ten = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    assertThat(FlowReports.percentile(ten, 0.9)).isEqualTo(9.0);
    assertThat(FlowReports.percentile(List.of(1.0, 2.0, 3.0, 4.0, 50.0), 0.9)).isEqualTo(50.0);
  }

  @Test
  void shouldSuppressCountsBelowFive() {
    assertThat(FlowReport.shown(0)).isNull();
    assertThat(FlowReport.shown(4)).isNull();
    assertThat(FlowReport.shown(5)).isEqualTo(5L);
  }

  @Test
  void shouldShowAFractionOnlyWhereItGivesNoSmallNumberAway() {
    assertThat(FlowReport.fraction(6, 6)).isEqualTo(1.0);
    assertThat(FlowReport.fraction(5, 6)).as("one late").isNull();
    assertThat(FlowReport.fraction(5, 10)).isEqualTo(0.5);
    assertThat(FlowReport.fraction(0, 8)).isEqualTo(0.0);
    assertThat(FlowReport.fraction(3, 4)).isNull();
  }

  @Test
  void shouldSuppressASecondEntryWhereTheSmallOnesCouldBeWorkedOutFromTheTotal() {
    // 3 in February: Jan and Mar shown would give 22 - 7 - 12 = 3 away, so the smallest shown goes too
    assertThat(FlowReport.suppressed(months(7, 3, 12))).containsEntry("Jan", null).containsEntry("Feb", null)
        .containsEntry("Mar", 12L);
    // 1 and 2 in two months: together still a small number
    assertThat(FlowReport.suppressed(months(6, 1, 2, 9))).containsEntry("Jan", null).containsEntry("Apr", 9L);
    // 1 and 4: 5 together, not small, and nobody can tell which month holds which
    assertThat(FlowReport.suppressed(months(6, 1, 4, 9))).containsEntry("Jan", 6L).containsEntry("Apr", 9L);
    // none hidden: the empty months are none at all
    assertThat(FlowReport.suppressed(months(0, 0, 12))).containsEntry("Mar", 12L).containsEntry("Jan", null);
    // 1 hidden and 5 shown: both go, 6 hidden
    assertThat(FlowReport.suppressed(months(5, 1))).containsEntry("Jan", null).containsEntry("Feb", null);
  }

  private static java.util.Map<String, Long> months(long... counts) {
    var months = new java.util.LinkedHashMap<String, Long>();
    String[] names = {"Jan", "Feb", "Mar", "Apr"};
    for (int i = 0; i < counts.length; i++) {
      months.put(names[i], counts[i]);
    }
    return months;
  }

  @Test
  void shouldShowAReferrersKindNeverTheRoleAsTyped() {
    assertThat(ReceivedBy.referrer("Health Visitor")).isEqualTo("health visitor");
    assertThat(ReceivedBy.referrer("GP - Dr A. Patel")).isEqualTo("GP");
    assertThat(ReceivedBy.referrer("SENCO, Riverside Primary School")).isEqualTo("education");
    assertThat(ReceivedBy.referrer("Nursery manager")).isEqualTo("early years");
    assertThat(ReceivedBy.referrer("Paediatrician")).isEqualTo("health professional");
    assertThat(ReceivedBy.referrer("Mother")).isEqualTo("family");
    assertThat(ReceivedBy.referrer("Dr A. Patel's receptionist")).isEqualTo("other");
    assertThat(ReceivedBy.REFERRERS).contains(ReceivedBy.referrer(null));
  }

  @Test
  void shouldWriteCsvCellsNoSpreadsheetRunsAsAFormula() {
    assertThat(org.carepath.system.CsvCell.of(null)).isEmpty();
    assertThat(org.carepath.system.CsvCell.of("Referral to plan agreed")).isEqualTo("Referral to plan agreed");
    assertThat(org.carepath.system.CsvCell.of("a, b")).isEqualTo("\"a, b\"");
    assertThat(org.carepath.system.CsvCell.of("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(org.carepath.system.CsvCell.of(-1.5)).isEqualTo("-1.5");
  }
}

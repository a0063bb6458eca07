package org.carepath.reports;

import java.util.Map;
import org.carepath.system.CsvCell;

/**
 * The flow report as CSV: one row per figure, {@code measure,name,cases,medianDays,p90Days,value}; a
 * suppressed figure (fewer than five) is an empty cell, never its value.
 */
final class FlowReportCsv {

  private FlowReportCsv() {}

  static String of(FlowReport report) {
    StringBuilder csv = new StringBuilder("measure,name,cases,medianDays,p90Days,value\r\n");
    rows(csv, "", report);
    if (report.baseline() != null) {
      rows(csv, "baseline ", report.baseline());
    }
    return csv.toString();
  }

  /** {@code prefix} "baseline " for the baseline period's figures. */
  private static void rows(StringBuilder csv, String prefix, FlowReport report) {
    row(csv, prefix + "period", report.from() + " to " + report.to(), null, null, null, null);
    row(csv, prefix + "received", "", null, null, null, report.received());
    report.receivedBy().forEach((source, count) -> row(csv, prefix + "receivedBy", source, null, null, null, count));
    report.outcomes().forEach((outcome, count) -> row(csv, prefix + "outcome", outcome, null, null, null, count));
    for (FlowReport.Stage stage : report.stages()) {
      row(csv, prefix + "stage", stage.name(), stage.cases(), stage.medianDays(), stage.p90Days(), null);
    }
    row(csv, prefix + "handoffsPerCase", "", null, null, null, report.handoffsPerCase());
    report.handoffs().forEach((times, count) -> row(csv, prefix + "handoffs", times, null, null, null, count));
    row(csv, prefix + "reviews", "", null, null, null, report.reviews());
    row(csv, prefix + "reviewsOnTime", "", null, null, null, report.reviewsOnTime());
    row(csv, prefix + "tasksDone", "", null, null, null, report.tasksDone());
    row(csv, prefix + "tasksOnTime", "", null, null, null, report.tasksOnTime());
    row(csv, prefix + "overdueActions", "", null, null, null, report.overdueActions());
    report.letters().forEach((state, count) -> row(csv, prefix + "letters", state, null, null, null, count));
    FlowReport.Feedback feedback = report.feedback();
    row(csv, prefix + "feedback", "requests", null, null, null, feedback.requests());
    row(csv, prefix + "feedback", "answers", null, null, null, feedback.answers());
    row(csv, prefix + "feedback", "answered", null, null, null, feedback.answered());
    row(csv, prefix + "feedback", "averageScore", null, null, null, feedback.averageScore());
    if (report.learningReviews() != null) {
      row(csv, prefix + "learningReviews", "asked", null, null, null, report.learningReviews().asked());
      row(csv, prefix + "learningReviews", "held", null, null, null, report.learningReviews().held());
    }
  }

  private static void row(StringBuilder csv, String measure, String name, Object cases, Object median, Object p90, Object value) {
    csv.append(String.join(",", measure, CsvCell.of(name), CsvCell.of(cases), CsvCell.of(median), CsvCell.of(p90),
        CsvCell.of(value))).append("\r\n");
  }

}

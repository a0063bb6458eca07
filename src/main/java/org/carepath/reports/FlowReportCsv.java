package org.carepath.reports;

import java.util.Map;

/**
 * The flow report as CSV: one row per figure, {@code measure,name,cases,medianDays,p90Days,value}; a
 * suppressed figure (fewer than five) is an empty cell, never its value.
 */
final class FlowReportCsv {

  private FlowReportCsv() {}

  static String of(FlowReport report) {
    StringBuilder csv = new StringBuilder("measure,name,cases,medianDays,p90Days,value\r\n");
    row(csv, "received", "", null, null, null, report.received());
    for (Map.Entry<String, Long> outcome : report.outcomes().entrySet()) {
      row(csv, "outcome", outcome.getKey(), null, null, null, outcome.getValue());
    }
    for (FlowReport.Stage stage : report.stages()) {
      row(csv, "stage", stage.name(), stage.cases(), stage.medianDays(), stage.p90Days(), null);
    }
    row(csv, "handoffsPerCase", "", null, null, null, report.handoffsPerCase());
    row(csv, "reviews", "", null, null, null, report.reviews());
    row(csv, "reviewsOnTime", "", null, null, null, report.reviewsOnTime());
    row(csv, "overdueActions", "", null, null, null, report.overdueActions());
    return csv.toString();
  }

  private static void row(StringBuilder csv, String measure, String name, Object cases, Object median, Object p90, Object value) {
    csv.append(measure).append(',').append(cell(name)).append(',').append(cell(cases)).append(',').append(cell(median))
        .append(',').append(cell(p90)).append(',').append(cell(value)).append("\r\n");
  }

  /** RFC 4180, and never a cell a spreadsheet would run as a formula. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    return text.matches(".*[\",\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}

package org.carepath.carefunctions;

import java.util.List;

/**
 * The function map as the guide's matrix (appendices 1 and 2: a row per function, a column per
 * organisation or role, "yes" where it is delivered) and the learning needs (appendix 3), as CSV.
 */
final class CareFunctionCsv {

  private CareFunctionCsv() {}

  static String map(List<CareFunctions.MapEntry> map) {
    StringBuilder csv = new StringBuilder("area,code,function");
    for (CareFunctions.MapEntry entry : map) {
      csv.append(',').append(cell(entry.role().isEmpty() ? entry.organisation() : entry.organisation() + " / " + entry.role()));
    }
    csv.append("\r\n");
    for (CareFunction function : CareFunction.values()) {
      csv.append(cell(function.area().label())).append(',').append(function.name()).append(',').append(cell(function.title()));
      for (CareFunctions.MapEntry entry : map) {
        csv.append(',').append(entry.functions().contains(function) ? "yes" : "");
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  static String needs(List<CareFunctionController.NeedView> needs) {
    StringBuilder csv = new StringBuilder("organisation,role,code,function,need,activity,comment,recordedBy,recordedAt\r\n");
    for (CareFunctionController.NeedView need : needs) {
      csv.append(String.join(",", cell(need.organisation()), cell(need.role()), need.function(), cell(need.functionTitle()),
          cell(need.need()), cell(need.activity()), cell(need.comment()), cell(need.recordedBy()), String.valueOf(need.recordedAt())))
          .append("\r\n");
    }
    return csv.toString();
  }

  /** RFC 4180, and never a cell a spreadsheet would run as a formula. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return text.matches("(?s).*[\",\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}

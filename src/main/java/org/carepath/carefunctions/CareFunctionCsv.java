package org.carepath.carefunctions;

import java.util.List;
import org.carepath.system.CsvCell;

/**
 * The function map as the guide's matrix (appendices 1 and 2: a row per function, a column per
 * organisation or role, "yes" where it is delivered) and the learning needs (appendix 3), as CSV.
 */
final class CareFunctionCsv {

  private CareFunctionCsv() {}

  static String map(List<CareFunctions.MapEntry> map) {
    StringBuilder csv = new StringBuilder("area,code,function");
    for (CareFunctions.MapEntry entry : map) {
      csv.append(',').append(CsvCell.of(entry.role().isEmpty() ? entry.organisation() : entry.organisation() + " / " + entry.role()));
    }
    csv.append("\r\n");
    for (CareFunction function : CareFunction.values()) {
      csv.append(CsvCell.of(function.area().label())).append(',').append(function.name()).append(',').append(CsvCell.of(function.title()));
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
      csv.append(String.join(",", CsvCell.of(need.organisation()), CsvCell.of(need.role()), need.function(),
          CsvCell.of(need.functionTitle()), CsvCell.of(need.need()), CsvCell.of(need.activity()), CsvCell.of(need.comment()),
          CsvCell.of(need.recordedBy()), String.valueOf(need.recordedAt())))
          .append("\r\n");
    }
    return csv.toString();
  }

}

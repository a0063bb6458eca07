package org.carepath.system;

/** One cell of carepath's CSV exports: RFC 4180, and never a cell a spreadsheet would run as a formula. */
public final class CsvCell {

  private CsvCell() {}

  /**
   * Empty for null; a text starting with {@code = + - @} (a formula to a spreadsheet) gets a leading
   * {@code '}, a number never does; quoted when it holds a quote, a comma or a line break.
   */
  public static String of(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    return text.matches("(?s).*[\",\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}

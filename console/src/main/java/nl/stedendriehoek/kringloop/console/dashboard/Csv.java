package nl.stedendriehoek.kringloop.console.dashboard;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as Dutch spreadsheet programs open it: semicolon-separated, every field quoted when it holds
 * a separator, quote or line break, CRLF line ends, and a byte-order mark so Excel reads UTF-8.
 */
final class Csv {

  static final String BOM = "\uFEFF";

  private Csv() {}

  static String of(List<String> header, List<List<String>> rows) {
    StringBuilder csv = new StringBuilder(BOM);
    line(csv, header);
    rows.forEach(row -> line(csv, row));
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    csv.append(fields.stream().map(Csv::field).collect(Collectors.joining(";"))).append("\r\n");
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String safe = value;
    if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe; // keep spreadsheet programs from evaluating a cell as a formula
    }
    if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}

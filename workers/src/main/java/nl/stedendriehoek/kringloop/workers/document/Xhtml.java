package nl.stedendriehoek.kringloop.workers.document;

/** A tiny XHTML writer for the generated documents: escaping and the shared page style. */
final class Xhtml {

  static final String STYLE =
      """
      @page { size: A4 landscape; margin: 18mm 15mm; }
      body { font-family: sans-serif; font-size: 10pt; color: #1a1a1a; }
      h1 { font-size: 18pt; color: #004b87; margin-bottom: 2mm; }
      h2 { font-size: 13pt; color: #004b87; margin-top: 7mm; }
      p.meta { color: #555555; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border: 1px solid #bbbbbb; padding: 3px 5px; text-align: left; vertical-align: top; }
      th { background: #e8eef5; }
      td.score { text-align: center; }
      td.missing { background: #eeeeee; color: #777777; text-align: center; }
      """;

  private Xhtml() {}

  static String escape(Object value) {
    if (value == null) {
      return "";
    }
    return value
        .toString()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\"><head>"
        + "<meta charset=\"UTF-8\"/><title>"
        + escape(title)
        + "</title><style>"
        + STYLE
        + "</style></head><body>"
        + body
        + "</body></html>";
  }
}

package nl.stedendriehoek.kringloop.year;

import java.io.IOException;
import java.util.List;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the domain database (the system of record) holds about a year, as the tests read it. */
final class YearRegister {

  private YearRegister() {}

  static List<String> decisions(KringloopInstance kringloop, String year) {
    return kringloop.jdbc().sql("""
            SELECT gate || ' ' || round || ' ' || outcome || ' ' || decided_by FROM domain.decision
            WHERE year_code = ? ORDER BY id""").param(year).query(String.class).list();
  }

  static List<String> documents(KringloopInstance kringloop, String year) {
    return kringloop.jdbc().sql("SELECT kind FROM domain.document WHERE year_code = ? ORDER BY id").param(year)
        .query(String.class).list();
  }

  /** The text of the year's latest document of this kind, read back from its PDF. */
  static String documentText(KringloopInstance kringloop, String year, String kind) {
    byte[] pdf = kringloop.jdbc().sql("SELECT content FROM domain.document WHERE year_code = ? AND kind = ?"
        + " ORDER BY id DESC LIMIT 1").params(year, kind).query(byte[].class).single();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new AssertionError("The " + kind + " document of " + year + " is not a readable PDF", e);
    }
  }

  static String phase(KringloopInstance kringloop, String year) {
    return kringloop.jdbc().sql("SELECT phase FROM domain.year WHERE code = ?").param(year).query(String.class)
        .single();
  }

  /** Each result as "status delivered-by". */
  static List<String> results(KringloopInstance kringloop, String year) {
    return kringloop.jdbc().sql("""
            SELECT r.status || ' ' || coalesce(r.delivered_by, 'null') FROM domain.result r
            JOIN domain.project p ON p.id = r.project_id WHERE p.year_code = ? ORDER BY r.id""")
        .param(year).query(String.class).list();
  }

  static List<String> progressReports(KringloopInstance kringloop, String year) {
    return kringloop.jdbc().sql("""
            SELECT pr.status FROM domain.progress_report pr JOIN domain.project p ON p.id = pr.project_id
            WHERE p.year_code = ? ORDER BY pr.id""").param(year).query(String.class).list();
  }

  static List<String> positions(KringloopInstance kringloop, String year) {
    return kringloop.jdbc().sql("""
            SELECT municipality_code || ' ' || position FROM domain.municipality_position
            WHERE year_code = ? ORDER BY municipality_code""").param(year).query(String.class).list();
  }

  static List<String> successor(KringloopInstance kringloop, String year) {
    return kringloop.jdbc().sql("SELECT to_year_code FROM domain.year_succession WHERE from_year_code = ?")
        .param(year).query(String.class).list();
  }
}

package nl.stedendriehoek.kringloop.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void shouldWriteSemicolonSeparatedLinesWithABomForSpreadsheets() {
    // when
    String csv = Csv.of(List.of("gemeente", "relevantie"), List.of(List.of("Deventer", "5")));

    // then
    assertThat(csv).isEqualTo("\uFEFFgemeente;relevantie\r\nDeventer;5\r\n");
  }

  @Test
  void shouldQuoteFieldsWithSeparatorsQuotesOrLineBreaks() {
    // when / then
    assertThat(Csv.field("a; b")).isEqualTo("\"a; b\"");
    assertThat(Csv.field("zeg \"ja\"")).isEqualTo("\"zeg \"\"ja\"\"\"");
    assertThat(Csv.field("regel 1\nregel 2")).isEqualTo("\"regel 1\nregel 2\"");
    assertThat(Csv.field(null)).isEmpty();
  }

  @Test
  void shouldKeepSpreadsheetsFromEvaluatingACellAsAFormula() {
    // when / then
    assertThat(Csv.field("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK(");
    assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }
}

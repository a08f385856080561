package nl.stedendriehoek.kringloop.workers.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.util.Either;

/**
 * The DMN table {@code thema-classificatie} (processes/thema-classificatie.dmn), evaluated with the
 * open-source Scala DMN engine that Zeebe embeds, with the variables the business rule task sees.
 */
class ThemeClassificationDecisionTest {

  private static DmnEngine engine;
  private static ParsedDmn table;

  @BeforeAll
  static void parseTable() throws IOException {
    engine = new DmnEngine.Builder().build();
    try (InputStream dmn =
        Files.newInputStream(ModelFiles.folder("processes").resolve("thema-classificatie.dmn"))) {
      Either<DmnEngine.Failure, ParsedDmn> parsed = engine.parse(dmn);
      assertThat(parsed.isRight()).as(parsed.toString()).isTrue();
      table = parsed.toOption().get();
    }
  }

  @Test
  void shouldMarkRelevantThemeWithALeadAsFocusCandidate() {
    assertThat(classify(4.25, 2, 5)).isEqualTo("focuskandidaat");
  }

  @Test
  void shouldMarkRelevantThemeWithoutLeadAsPromising() {
    assertThat(classify(3.5, 0, 3)).isEqualTo("kansrijk");
  }

  @Test
  void shouldMarkAverageThemeWithLeadAndParticipantsAsPromising() {
    assertThat(classify(2.5, 1, 3)).isEqualTo("kansrijk");
  }

  @Test
  void shouldMarkAverageThemeWithBroadSupportAsPromising() {
    assertThat(classify(3.0, 0, 4)).isEqualTo("kansrijk");
  }

  @Test
  void shouldMarkAverageThemeWithLeadButFewParticipantsAsNotPriority() {
    assertThat(classify(3.0, 1, 2)).isEqualTo("niet prioritair");
  }

  @Test
  void shouldMarkThemeWithoutAnyScanAsNotPriority() {
    assertThat(classify(0.0, 0, 0)).isEqualTo("niet prioritair");
  }

  private static String classify(double averageRelevance, int leads, int involved) {
    // given
    Map<String, Object> score = new HashMap<>();
    score.put("gemiddeldeRelevantie", averageRelevance);
    score.put("aantalTrekkers", leads);
    score.put("aantalBetrokken", involved);
    Map<String, Object> variables = new HashMap<>();
    variables.put("themaScore", score);

    // when
    Either<DmnEngine.EvalFailure, DmnEngine.EvalResult> result =
        engine.eval(table, "thema-classificatie", variables);

    // then
    assertThat(result.isRight()).as(result.toString()).isTrue();
    Map<?, ?> outputs = map(((DmnEngine.Result) result.toOption().get()).value());
    assertThat(outputs.get("toelichting")).asString().isNotBlank();
    Object classification = outputs.get("classificatie");
    return (String) classification;
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map<?, ?> map
        ? map
        : scala.jdk.javaapi.CollectionConverters.asJava(
            (scala.collection.Map<Object, Object>) value);
  }
}

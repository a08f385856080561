package nl.stedendriehoek.kringloop.console.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormSchemaTest {

  private static final String SCHEMA = """
      {"components": [
        {"type": "text", "id": "t", "text": "Uitleg"},
        {"type": "number", "id": "r", "key": "relevantie", "label": "Relevantie", "validate": {"required": true}},
        {"type": "textarea", "id": "m", "key": "motivering", "label": "Motivering",
         "validate": {"required": true}, "conditional": {"hide": "=relevantie < 3"}},
        {"type": "group", "id": "g", "label": "Groep", "components": [
          {"type": "select", "id": "rol", "key": "rol", "label": "Rol", "validate": {"required": true}}
        ]},
        {"type": "dynamiclist", "id": "d", "path": "projecten", "label": "Projecten", "components": [
          {"type": "textfield", "id": "n", "key": "naam", "label": "Naam", "validate": {"required": true}}
        ]}
      ]}
      """;

  private final FormSchema schema = FormSchema.parse(SCHEMA, new ObjectMapper());

  @Test
  void requiredFieldsWithoutValueAreReportedByLabelIncludingThoseInGroups() {
    // given
    Map<String, Object> submitted = new HashMap<>();
    submitted.put("relevantie", null);
    submitted.put("rol", "  ");

    // when
    List<String> missing = schema.missingRequired(submitted);

    // then
    assertThat(missing).containsExactly("Relevantie", "Rol");
  }

  @Test
  void aRequiredFieldUnderAConditionIsLeftToTheBrowser() {
    // given
    Map<String, Object> submitted = Map.of("relevantie", 2, "rol", "TREKKER");

    // when
    List<String> missing = schema.missingRequired(submitted);

    // then
    assertThat(missing).isEmpty();
  }

  @Test
  void onlyTheFormsOwnFieldsAreAcceptedAsVariables() {
    // given
    Map<String, Object> submitted = Map.of(
        "relevantie", 4, "rol", "DEELNEMER", "projecten", List.of(Map.of("naam", "Depot")), "besluit", "goedgekeurd");

    // when
    Map<String, Object> accepted = schema.accepted(submitted);

    // then
    assertThat(accepted).containsOnlyKeys("relevantie", "rol", "projecten");
  }
}

package nl.stedendriehoek.kringloop.workers.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Camunda Forms in {@code forms/}: well-formed for Camunda 8.8 and validating what matters. */
class FormsTest {

  private static final Set<String> INPUT_TYPES =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "select",
          "radio",
          "checklist",
          "checkbox",
          "datetime",
          "taglist");

  private static final Map<String, JsonNode> forms = new LinkedHashMap<>();

  @BeforeAll
  static void readForms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path file : ModelFiles.files("forms", ".form")) {
      forms.put(file.getFileName().toString(), json.readTree(file.toFile()));
    }
  }

  @Test
  void shouldDeclareIdMatchingFileNameAndCamunda88Platform() {
    assertThat(forms).isNotEmpty();
    forms.forEach(
        (file, form) -> {
          assertThat(form.path("id").asText()).as(file).isEqualTo(file.replace(".form", ""));
          assertThat(form.path("type").asText()).as(file).isEqualTo("default");
          assertThat(form.path("executionPlatform").asText()).as(file).isEqualTo("Camunda Cloud");
          assertThat(form.path("executionPlatformVersion").asText()).as(file).isEqualTo("8.8.0");
          assertThat(form.path("schemaVersion").asInt()).as(file).isBetween(1, 18);
        });
  }

  @Test
  void shouldGiveEveryInputAUniqueIdKeyAndDutchLabel() {
    List<String> problems = new ArrayList<>();
    forms.forEach(
        (file, form) -> {
          // given
          Set<String> ids = new HashSet<>();

          // when
          visit(
              form.path("components"),
              component -> {
                String id = component.path("id").asText();
                if (id.isEmpty() || !ids.add(id)) {
                  problems.add(file + ": missing or duplicate id '" + id + "'");
                }
                if (INPUT_TYPES.contains(component.path("type").asText())) {
                  if (component.path("key").asText().isEmpty()) {
                    problems.add(file + " " + id + ": input without key");
                  }
                  String label =
                      component.has("dateLabel")
                          ? component.path("dateLabel").asText()
                          : component.path("label").asText();
                  if (label.isBlank()) {
                    problems.add(file + " " + id + ": input without label");
                  }
                }
              });
        });

    // then
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldBeUsedByAProcess() {
    // given
    Set<String> linked = new HashSet<>();
    for (Path file : ModelFiles.files("processes", ".bpmn")) {
      Bpmn.readModelFromFile(file.toFile())
          .getModelElementsByType(ZeebeFormDefinition.class)
          .forEach(definition -> linked.add(definition.getFormId()));
    }

    // then
    forms.values().forEach(form -> assertThat(linked).contains(form.path("id").asText()));
  }

  @Test
  void shouldRequireTheYearDataOnTheStartForm() {
    assertThat(requiredKeys("kringloop-jaar-starten.form"))
        .contains("jaar", "gemeenten", "scanDeadline", "voorstelDeadline", "jaarEinde");
    assertThat(
            input("kringloop-jaar-starten.form", "jaar").path("validate").path("pattern").asText())
        .isEqualTo("^CE-[0-9]{4}$");
  }

  @Test
  void shouldAskEveryThemeScoreAsRequiredRelevanceFromOneToFive() {
    // when
    JsonNode relevance = input("kringloop-themascan.form", "relevantie");
    JsonNode themes = list("kringloop-themascan.form", "antwoorden");

    // then
    assertThat(relevance.path("validate").path("required").asBoolean()).isTrue();
    assertThat(relevance.path("validate").path("min").asInt()).isEqualTo(1);
    assertThat(relevance.path("validate").path("max").asInt()).isEqualTo(5);
    assertThat(themes.path("defaultRepetitions").asInt()).isEqualTo(6);
    assertThat(themes.path("allowAddRemove").asBoolean()).isFalse();
    assertThat(requiredKeys("kringloop-themascan.form"))
        .contains("relevantie", "rol", "capaciteitUren");
  }

  @Test
  void shouldLimitTheFocusProposalToThreePointsAndRequireTheirCore() {
    // when
    JsonNode points = list("kringloop-focusvoorstel.form", "focuspunten");
    List<String> hideWarnings = new ArrayList<>();
    visit(
        forms.get("kringloop-focusvoorstel.form").path("components"),
        component -> hideWarnings.add(component.path("conditional").path("hide").asText()));

    // then
    assertThat(points.path("allowAddRemove").asBoolean()).isTrue();
    assertThat(points.path("label").asText()).contains("maximaal 3");
    assertThat(hideWarnings).contains("=focuspunten = null or count(focuspunten) <= 3");
    assertThat(requiredKeys("kringloop-focusvoorstel.form"))
        .contains("thema", "projectidee", "trekker", "deelnemers");
  }

  @Test
  void shouldRequireAbDecisionRationaleAndLeaveWhoDecidedToTheLoggedInUser() {
    assertThat(requiredKeys("kringloop-ab-besluit-focuspunten.form"))
        .contains("besluitUitkomst", "besluitMotivering", "besluitWijzigingen")
        .doesNotContain("besluitGenomenDoor", "voltooidDoor");
    assertThat(forms.get("kringloop-ab-besluit-focuspunten.form").findValuesAsText("key"))
        .doesNotContain("besluitGenomenDoor", "voltooidDoor");
    assertThat(
            input("kringloop-ab-besluit-focuspunten.form", "besluitUitkomst")
                .path("values")
                .findValuesAsText("value"))
        .containsExactly("goedgekeurd", "goedgekeurd-met-wijzigingen", "afgewezen");
  }

  @Test
  void shouldRequireAChoiceWhenAScanIsLate() {
    assertThat(requiredKeys("kringloop-scan-te-laat.form"))
        .contains("keuzeTeLaat", "nieuweScanDeadline");
    assertThat(
            input("kringloop-scan-te-laat.form", "nieuweScanDeadline")
                .path("conditional")
                .path("hide")
                .asText())
        .isEqualTo("=keuzeTeLaat != \"verlengen\"");
  }

  private static Set<String> requiredKeys(String file) {
    Set<String> keys = new HashSet<>();
    visit(
        forms.get(file).path("components"),
        component -> {
          if (component.path("validate").path("required").asBoolean()) {
            keys.add(component.path("key").asText());
          }
        });
    return keys;
  }

  private static JsonNode input(String file, String key) {
    List<JsonNode> found = new ArrayList<>();
    visit(
        forms.get(file).path("components"),
        component -> {
          if (key.equals(component.path("key").asText())) {
            found.add(component);
          }
        });
    assertThat(found).as(file + " input " + key).hasSize(1);
    return found.get(0);
  }

  private static JsonNode list(String file, String path) {
    List<JsonNode> found = new ArrayList<>();
    visit(
        forms.get(file).path("components"),
        component -> {
          if ("dynamiclist".equals(component.path("type").asText())
              && path.equals(component.path("path").asText())) {
            found.add(component);
          }
        });
    assertThat(found).as(file + " list " + path).hasSize(1);
    return found.get(0);
  }

  private static void visit(JsonNode components, Consumer<JsonNode> visitor) {
    for (JsonNode component : components) {
      visitor.accept(component);
      visit(component.path("components"), visitor);
    }
  }
}

package nl.stedendriehoek.kringloop.workers.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Every FEEL expression in the processes and forms, checked with the FEEL engine Camunda 8 uses: it
 * parses, and in a realistic state of a year (variables shaped as our workers return them) it
 * evaluates to a value. A typo or a FEEL misunderstanding (e.g. {@code list + list}, which is null
 * in FEEL) fails here instead of as an incident in a running year.
 */
class FeelExpressionsTest {

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{([^#/][^}]*)}}");

  @Test
  void shouldParseAndEvaluateEveryBpmnExpressionInARunningYear() throws Exception {
    // given
    Map<String, Object> year = runningYear();
    List<String> problems = new ArrayList<>();

    // when
    for (Map.Entry<String, String> expression : bpmnExpressions().entrySet()) {
      String feel = expression.getValue().substring(1);
      ParseResult parsed = FEEL.parseExpression(feel);
      if (parsed.isFailure()) {
        problems.add(expression.getKey() + " does not parse: " + parsed.failure().message());
        continue;
      }
      EvaluationResult result = FEEL.evaluate(parsed.parsedExpression(), year);
      if (result.isFailure() || (result.result() == null && !feel.equals("null"))) {
        problems.add(
            expression.getKey()
                + " = "
                + feel
                + " evaluates to "
                + (result.isFailure() ? result.failure().message() : "null"));
      }
    }

    // then
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldParseEveryFormConditionAndTemplateExpression() throws IOException {
    // given
    List<String> problems = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();

    // when
    for (Path file : ModelFiles.files("forms", ".form")) {
      List<String> expressions = new ArrayList<>();
      collect(json.readTree(file.toFile()).path("components"), expressions);
      for (String expression : expressions) {
        if (FEEL.parseExpression(expression).isFailure()) {
          problems.add(file.getFileName() + ": " + expression);
        }
      }
    }

    // then
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldCollectEveryRecipientGroupWhenTheDecisionIsPublished() throws Exception {
    // given
    String recipients =
        bpmnExpressions().get("kwartiermaker-jaar.bpmn besluit-publiceren ontvangers");

    // when
    Object groups =
        FEEL.evaluate(
                FEEL.parseExpression(recipients.substring(1)).parsedExpression(), runningYear())
            .result();

    // then
    assertThat(groups)
        .asList()
        .containsExactly(
            "kwartiermaker",
            "bestuurders",
            "ab",
            "stakeholders",
            "gemeente-deventer",
            "gemeente-epe",
            "gemeente-zutphen");
  }

  @Test
  void shouldMergeTheThemeScoreAndItsClassificationPerTheme() throws Exception {
    // given
    String outputElement =
        bpmnExpressions().get("kwartiermaker-jaar.bpmn themas-classificeren outputElement");

    // when
    Object merged =
        FEEL.evaluate(
                FEEL.parseExpression(outputElement.substring(1)).parsedExpression(), runningYear())
            .result();

    // then
    assertThat(merged)
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("themaNaam", "Circulair bouwen")
        .containsEntry("classificatie", "focuskandidaat")
        .containsKey("toelichting");
  }

  @Test
  void shouldTurnEachMeetingRhythmOfTheStartFormIntoARepeatingInterval() throws Exception {
    // given
    String cycle = bpmnExpressions().get("kwartiermaker-jaar.bpmn overlegritme-bereikt timeCycle");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("maandelijks", "R/P1M");
    expected.put("zeswekelijks", "R/P6W");
    expected.put("per-kwartaal", "R/P3M");
    expected.put(null, "R/P3M");

    // when
    Map<String, Object> actual = new LinkedHashMap<>();
    for (String rhythm : expected.keySet()) {
      Map<String, Object> year = runningYear();
      year.put("overlegritme", rhythm);
      actual.put(rhythm, FEEL.evaluate(FEEL.parseExpression(cycle.substring(1)).parsedExpression(), year).result());
    }

    // then
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void shouldMoveARhythmMeetingThatFallsInTheWeekendToTheMondayAfter() throws Exception {
    // given
    String day = bpmnExpressions().get("kwartiermaker-jaar.bpmn ambtelijk-overleg-plannen overlegDatum");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("2026-12-12", "2026-12-14"); // Saturday
    expected.put("2026-12-13", "2026-12-14"); // Sunday
    expected.put("2026-12-15", "2026-12-15"); // Tuesday

    // when
    Map<String, Object> actual = new LinkedHashMap<>();
    for (String proposed : expected.keySet()) {
      Map<String, Object> year = runningYear();
      year.put("overlegVoorstelDatum", proposed);
      actual.put(proposed, FEEL.evaluate(FEEL.parseExpression(day.substring(1)).parsedExpression(), year).result());
    }

    // then
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void shouldInviteTheParticipatingMunicipalitiesAndTheKwartiermakerToTheAmbtelijkOverleg() throws Exception {
    // given
    String groups =
        bpmnExpressions().get("kwartiermaker-jaar.bpmn ambtelijk-overleg-plannen deelnemersGroepen");

    // when
    Object invited =
        FEEL.evaluate(FEEL.parseExpression(groups.substring(1)).parsedExpression(), runningYear()).result();

    // then
    assertThat(invited).asList().containsExactly("gemeente-deventer", "gemeente-epe", "gemeente-zutphen",
        "kwartiermaker");
  }

  private static void collect(JsonNode components, List<String> expressions) {
    for (JsonNode component : components) {
      addIfExpression(component.path("conditional").path("hide").asText(), expressions);
      addIfExpression(component.path("dataSource").asText(), expressions);
      Matcher templates = TEMPLATE.matcher(component.path("text").asText());
      while (templates.find()) {
        if (!templates.group(1).strip().equals("this")) {
          expressions.add(templates.group(1).strip());
        }
      }
      collect(component.path("components"), expressions);
    }
  }

  private static void addIfExpression(String value, List<String> expressions) {
    if (value.startsWith("=")) {
      expressions.add(value.substring(1));
    }
  }

  /** Expressions by "file element attribute-or-target", e.g. "thema-scan.bpmn x ontvangers". */
  static Map<String, String> bpmnExpressions() throws Exception {
    Map<String, String> expressions = new LinkedHashMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Path file : ModelFiles.files("processes", ".bpmn")) {
      Document document = factory.newDocumentBuilder().parse(file.toFile());
      NodeList elements = document.getElementsByTagName("*");
      for (int i = 0; i < elements.getLength(); i++) {
        Element element = (Element) elements.item(i);
        String owner = file.getFileName() + " " + owner(element);
        NamedNodeMap attributes = element.getAttributes();
        for (int a = 0; a < attributes.getLength(); a++) {
          Attr attribute = (Attr) attributes.item(a);
          if (attribute.getValue().startsWith("=")) {
            String name =
                attribute.getName().equals("source")
                    ? element.getAttribute("target")
                    : attribute.getName();
            expressions.put(owner + " " + name, attribute.getValue());
          }
        }
        String text =
            element.getChildNodes().getLength() == 1 ? element.getTextContent().strip() : "";
        if (text.startsWith("=")) {
          expressions.put(owner + " " + element.getLocalName(), text);
        }
      }
    }
    return expressions;
  }

  private static String owner(Element element) {
    org.w3c.dom.Node node = element;
    while (node instanceof Element candidate) {
      if (candidate.getNamespaceURI().endsWith("/MODEL")
          && candidate.hasAttribute("id")
          && !candidate.getLocalName().endsWith("EventDefinition")) {
        return candidate.getAttribute("id");
      }
      node = node.getParentNode();
    }
    return "?";
  }

  /** A year during its focus proposal round, with variables as the workers and forms set them. */
  static Map<String, Object> runningYear() {
    Map<String, Object> score = new LinkedHashMap<>();
    score.put("thema", 4);
    score.put("themaNaam", "Circulair bouwen");
    score.put("gemiddeldeRelevantie", 4.5);
    score.put("aantalTrekkers", 1);
    score.put("aantalBetrokken", 3);
    score.put("rang", 1);
    Map<String, Object> variables = new HashMap<>();
    variables.put("jaar", "CE-2026");
    variables.put("overlegritme", "zeswekelijks");
    variables.put("jaarGeldig", true);
    variables.put("gemeenten", List.of("deventer", "epe", "zutphen"));
    variables.put(
        "gemeenteNamen", Map.of("deventer", "Deventer", "epe", "Epe", "zutphen", "Zutphen"));
    variables.put("gemeente", "epe");
    variables.put("themas", List.of(Map.of("thema", 4, "themaNaam", "Circulair bouwen")));
    variables.put("scanDeadlineDatum", "13 februari 2026");
    variables.put("scanDeadlineMoment", "2026-02-13T17:00:00+01:00");
    variables.put("scanHerinneringMoment", "2026-02-10T09:00:00+01:00");
    variables.put("voorstelDeadlineDatum", "31 maart 2026");
    variables.put("voorstelDeadlineMoment", "2026-03-31T17:00:00+02:00");
    variables.put("voorstelEscalatieMoment", "2026-03-17T09:00:00+01:00");
    variables.put("scanGeldig", true);
    variables.put("stakeholderInputGeldig", true);
    variables.put("keuzeTeLaat", "verlengen");
    variables.put("verlengingGeldig", true);
    variables.put("themaScores", List.of(score));
    variables.put("themaScore", score);
    variables.put(
        "themaClassificatie",
        Map.of("classificatie", "focuskandidaat", "toelichting", "Hoge relevantie."));
    variables.put("ingeleverdeScans", List.of("deventer", "epe"));
    variables.put("ontbrekendeScans", List.of("zutphen"));
    variables.put("voorstelGeldig", true);
    variables.put("voorstelRonde", 1);
    variables.put("advies", "steunen");
    variables.put("adviesToelichting", "Goed voorstel.");
    variables.put("deelnameBevestigd", true);
    variables.put("aanbevelingBestuurders", "goedkeuren");
    variables.put("besluitGeregistreerd", true);
    variables.put("besluitUitkomst", "goedgekeurd");
    variables.put("besluitMotivering", "Breed gedragen.");
    // part 2: the annual plan, a running project, the evaluation
    Map<String, Object> focusPoint = Map.of("positie", 1, "thema", 4, "projectidee", "Circulaire schoolgebouwen",
        "trekker", "deventer", "deelnemers", List.of("deventer", "epe"), "doelstellingen", List.of("3", "6"));
    variables.put("vastgesteldeFocuspunten", List.of(focusPoint));
    variables.put("focuspunt", focusPoint);
    variables.put("projectplanGeldig", true);
    variables.put("jaarplanRonde", 1);
    Map<String, Object> result = Map.of("resultaatId", 7, "omschrijving", "Aanbesteding gepubliceerd",
        "deadline", "2026-09-30", "deadlineMoment", "2026-09-30T17:00:00+02:00");
    Map<String, Object> project = Map.of("projectId", 3, "titel", "Circulaire schoolgebouwen", "trekker", "deventer",
        "deelnemers", List.of("deventer", "epe"), "resultaten", List.of(result));
    variables.put("projecten", List.of(project));
    variables.put("project", project);
    variables.put("resultaat", result);
    variables.put("resultaatGeldig", true);
    variables.put("jaarEindeMoment", "2026-12-15T17:00:00+01:00");
    variables.put("voortgangCyclus", "R/P3M");
    variables.put("standpunt", "voortzetten");
    variables.put("standpuntRedenen", "Goede resultaten.");
    variables.put("evaluatieGeldig", true);
    variables.put("goNoGoGeldig", true);
    // meetings
    variables.put("deelnemersGroepen", List.of("ab", "gemeente-epe"));
    variables.put("overlegOnderwerp", "Besluit over het jaarplan");
    variables.put("overlegVoorstelDatum", "2026-03-18");
    variables.put("overlegDatum", "2026-03-18");
    variables.put("overlegGeldig", true);
    variables.put("groep", "gemeente-epe");
    variables.put("agendapunt", "Voortgang scholenproject");
    variables.put("notulen", "Het AB besprak het jaarplan.");
    variables.put("notulenGeldig", true);
    Map<String, Object> action = Map.of("actiepuntId", 1, "omschrijving", "Begroting aanvullen", "eigenaar", "epe",
        "deadline", "2026-05-01", "deadlineMoment", "2026-05-01T17:00:00+02:00");
    variables.put("actiepuntenLijst", List.of(action));
    variables.put("actiepunt", action);
    return variables;
  }
}

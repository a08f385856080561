package nl.stedendriehoek.kringloop.workers.document;

import static nl.stedendriehoek.kringloop.workers.document.Xhtml.escape;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import nl.stedendriehoek.kringloop.workers.reference.Theme;
import nl.stedendriehoek.kringloop.workers.scan.ScanAnswer;
import nl.stedendriehoek.kringloop.workers.scan.StakeholderInput;
import nl.stedendriehoek.kringloop.workers.scan.ThemeScan;
import nl.stedendriehoek.kringloop.workers.scan.ThemeScore;
import nl.stedendriehoek.kringloop.workers.year.Year;

/**
 * The theme scan report (Dutch): the heatmap municipality × theme (relevance and intended role),
 * then the ranking of the themes with the DMN classification.
 */
final class ScanReport {

  private static final String[] HEAT = {
    "#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d"
  };

  private final Year year;
  private final List<Theme> themes;
  private final List<Municipality> municipalities;
  private final List<ThemeScan> scans;
  private final List<ThemeScore> scores;
  private final Map<Integer, Map<String, Object>> classifications;
  private final List<StakeholderInput> stakeholderInputs;

  ScanReport(
      Year year,
      List<Theme> themes,
      List<Municipality> municipalities,
      List<ThemeScan> scans,
      List<ThemeScore> scores,
      Map<Integer, Map<String, Object>> classifications,
      List<StakeholderInput> stakeholderInputs) {
    this.year = year;
    this.themes = themes;
    this.municipalities = municipalities;
    this.scans = scans;
    this.scores = scores;
    this.classifications = classifications;
    this.stakeholderInputs = stakeholderInputs;
  }

  String title() {
    return "Themascan " + year.code();
  }

  String xhtml() {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(title())).append("</h1>");
    body.append(
            "<p class=\"meta\">Samenwerking Circulaire Economie &amp; Grondstoffen, Regio"
                + " Stedendriehoek. ")
        .append(scans.size())
        .append(" van ")
        .append(year.municipalities().size())
        .append(" gemeenten leverden de scan in.</p>");
    body.append("<h2>Relevantie en rol per gemeente</h2>");
    body.append(
        "<p>Relevantie 1 (laag) tot 5 (hoog); rol: T = trekker, D = deelnemer, V = volger, - ="
            + " niet.</p>");
    heatmap(body);
    body.append("<h2>Rangschikking van de thema's</h2>");
    ranking(body);
    if (!stakeholderInputs.isEmpty()) {
      body.append("<h2>Input van stakeholders</h2><table><tr><th>Organisatie</th>")
          .append("<th>Thema's</th><th>Input</th></tr>");
      for (StakeholderInput input : stakeholderInputs) {
        body.append("<tr><td>")
            .append(escape(input.organisation()))
            .append("</td><td>")
            .append(
                escape(String.join(", ", input.themes().stream().map(String::valueOf).toList())))
            .append("</td><td>")
            .append(escape(input.input()))
            .append("</td></tr>");
      }
      body.append("</table>");
    }
    return Xhtml.page(title(), body.toString());
  }

  private void heatmap(StringBuilder body) {
    body.append("<table><tr><th>Gemeente</th>");
    themes.forEach(
        theme ->
            body.append("<th>")
                .append(theme.number())
                .append(". ")
                .append(escape(theme.name()))
                .append("</th>"));
    body.append("</tr>");
    for (Municipality municipality : municipalities) {
      if (!year.takesPart(municipality.code())) {
        continue;
      }
      body.append("<tr><td>").append(escape(municipality.name())).append("</td>");
      Optional<ThemeScan> scan =
          scans.stream().filter(s -> s.municipalityCode().equals(municipality.code())).findFirst();
      for (Theme theme : themes) {
        Optional<ScanAnswer> answer =
            scan.flatMap(
                s ->
                    s.answers().stream()
                        .filter(a -> a.themeNumber() == theme.number())
                        .findFirst());
        if (answer.isEmpty()) {
          body.append("<td class=\"missing\">geen scan</td>");
        } else {
          body.append("<td class=\"score\" style=\"background: ")
              .append(HEAT[answer.get().relevance()])
              .append("\">")
              .append(answer.get().relevance())
              .append(' ')
              .append(roleLetter(answer.get()))
              .append("</td>");
        }
      }
      body.append("</tr>");
    }
    body.append("</table>");
  }

  private void ranking(StringBuilder body) {
    body.append("<table><tr><th>Rang</th><th>Thema</th><th>Gem. relevantie</th><th>Trekkers</th>")
        .append("<th>Deelnemers</th><th>Uren</th><th>Classificatie</th><th>Toelichting</th></tr>");
    for (ThemeScore score : scores) {
      Map<String, Object> classification = classifications.getOrDefault(score.theme(), Map.of());
      body.append("<tr><td>")
          .append(score.rank())
          .append("</td><td>")
          .append(escape(score.themeName()))
          .append("</td><td>")
          .append(score.averageRelevance())
          .append("</td><td>")
          .append(escape(names(score.leads())))
          .append("</td><td>")
          .append(escape(names(score.participants())))
          .append("</td><td>")
          .append(score.capacityHours())
          .append("</td><td>")
          .append(escape(classification.get("classificatie")))
          .append("</td><td>")
          .append(escape(classification.get("toelichting")))
          .append("</td></tr>");
    }
    body.append("</table>");
  }

  private String names(List<String> codes) {
    return String.join(
        ", ",
        municipalities.stream()
            .filter(m -> codes.contains(m.code()))
            .map(Municipality::name)
            .toList());
  }

  private static String roleLetter(ScanAnswer answer) {
    return switch (answer.role()) {
      case TREKKER -> "T";
      case DEELNEMER -> "D";
      case VOLGER -> "V";
      case NIET -> "-";
    };
  }
}

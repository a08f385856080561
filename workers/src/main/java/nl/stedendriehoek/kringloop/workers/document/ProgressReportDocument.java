package nl.stedendriehoek.kringloop.workers.document;

import static nl.stedendriehoek.kringloop.workers.document.Xhtml.escape;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import nl.stedendriehoek.kringloop.workers.plan.Project;
import nl.stedendriehoek.kringloop.workers.plan.Result;
import nl.stedendriehoek.kringloop.workers.plan.ResultStatus;

/**
 * One quarterly progress report of a project as a document (Dutch): the reporter's assessment and
 * text, and the results delivered against the plan with their dates and evidence.
 */
final class ProgressReportDocument {

  static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

  /** What the participant reported; {@code status} as shown, e.g. "risico". */
  record Report(String status, String text, String reportedBy, java.time.Instant reportedAt) {}

  private final Project project;
  private final Report report;
  private final Function<String, String> municipalityNames;

  ProgressReportDocument(Project project, Report report, Function<String, String> municipalityNames) {
    this.project = project;
    this.report = report;
    this.municipalityNames = municipalityNames;
  }

  /** E.g. "Voortgangsrapportage Circulaire schoolgebouwen Q3 2026". */
  String title() {
    return "Voortgangsrapportage " + project.title() + " " + quarter(reportedOn());
  }

  String xhtml() {
    long delivered = project.results().stream().filter(r -> r.status() == ResultStatus.GELEVERD).count();
    long overdue = project.results().stream()
        .filter(r -> r.status() != ResultStatus.GELEVERD && r.dueDate().isBefore(reportedOn())).count();
    StringBuilder body = new StringBuilder("<h1>").append(escape(title())).append("</h1>")
        .append("<p class=\"meta\">").append(escape(project.yearCode())).append(" · trekker: ")
        .append(escape(municipalityNames.apply(project.leadMunicipalityCode()))).append(" · gerapporteerd door ")
        .append(escape(report.reportedBy() == null ? "onbekend" : report.reportedBy())).append(" op ")
        .append(escape(DAY.format(reportedOn()))).append("</p>")
        .append("<h2>Stand van zaken: ").append(escape(report.status())).append("</h2>")
        .append("<p>").append(escape(report.text())).append("</p>")
        .append("<h2>Resultaten tegenover het plan</h2><p>").append(delivered).append(" van ")
        .append(project.results().size()).append(" resultaten geleverd");
    if (overdue > 0) {
      body.append("; ").append(overdue).append(overdue == 1 ? " resultaat is" : " resultaten zijn")
          .append(" over de geplande datum");
    }
    body.append(".</p><table><tr><th>Resultaat</th><th>Gepland op</th><th>Status</th><th>Bewijs</th></tr>");
    for (Result result : project.results()) {
      body.append("<tr><td>").append(escape(result.description())).append("</td><td>")
          .append(escape(DAY.format(result.dueDate()))).append("</td><td>").append(escape(status(result)))
          .append("</td><td>").append(escape(evidence(result))).append("</td></tr>");
    }
    body.append("</table>");
    return Xhtml.page(title(), body.toString());
  }

  private LocalDate reportedOn() {
    return LocalDate.ofInstant(report.reportedAt(), REGION);
  }

  static String quarter(LocalDate date) {
    return "Q" + ((date.getMonthValue() - 1) / 3 + 1) + " " + date.getYear();
  }

  private String status(Result result) {
    return switch (result.status()) {
      case GELEVERD -> result.deliveredAt() == null ? "geleverd"
          : "geleverd op " + DAY.format(LocalDate.ofInstant(result.deliveredAt(), REGION));
      case NIET_GELEVERD -> "niet geleverd";
      case OPEN -> result.dueDate().isBefore(reportedOn()) ? "open, over de datum" : "open";
    };
  }

  private static String evidence(Result result) {
    if (result.evidence() == null) {
      return "";
    }
    return result.evidenceLink() == null ? result.evidence() : result.evidence() + " (" + result.evidenceLink() + ")";
  }
}

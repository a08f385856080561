package nl.stedendriehoek.kringloop.workers.document;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.plan.Project;
import nl.stedendriehoek.kringloop.workers.plan.Result;
import nl.stedendriehoek.kringloop.workers.plan.ResultStatus;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import nl.stedendriehoek.kringloop.workers.reference.MunicipalityRepository;
import nl.stedendriehoek.kringloop.workers.reference.Objective;
import nl.stedendriehoek.kringloop.workers.reference.ObjectiveRepository;
import nl.stedendriehoek.kringloop.workers.reference.Theme;
import nl.stedendriehoek.kringloop.workers.reference.ThemeRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The documents of part 2: the annual plan (per round) and the evaluation report; once per job. */
@Service
public class PlanDocuments {

  private final DocumentRepository documents;
  private final PdfRenderer renderer;
  private final ThemeRepository themeRepository;
  private final MunicipalityRepository municipalityRepository;
  private final ObjectiveRepository objectiveRepository;
  private final Clock clock;

  public PlanDocuments(DocumentRepository documents, PdfRenderer renderer, ThemeRepository themes,
      MunicipalityRepository municipalities, ObjectiveRepository objectives, ObjectProvider<Clock> clocks) {
    this.documents = documents;
    this.renderer = renderer;
    this.themeRepository = themes;
    this.municipalityRepository = municipalities;
    this.objectiveRepository = objectives;
    this.clock = DomainClock.of(clocks);
  }

  @Transactional
  public Document annualPlan(long jobKey, String yearCode, int round, List<Project> projects) {
    return documents.findByJobKey(jobKey).orElseGet(() -> {
      String title = "Jaarplan " + yearCode + " ronde " + round;
      StringBuilder body = new StringBuilder("<h1>").append(Xhtml.escape(title)).append("</h1>")
          .append("<p class=\"meta\">Per vastgesteld focuspunt een project: doelen, resultaten met datum, budget"
              + " en uren, deelnemende gemeenten en de doelstellingen die het dient.</p>");
      for (Project project : projects) {
        body.append("<h2>").append(project.position()).append(". ").append(Xhtml.escape(project.title()))
            .append("</h2><p>Thema: ").append(Xhtml.escape(themes().get(project.themeNumber())))
            .append(" · trekker: ").append(Xhtml.escape(name(project.leadMunicipalityCode())))
            .append(" · budget: € ").append(project.budgetEuros()).append(" · uren: ").append(project.hours())
            .append("</p><p>").append(Xhtml.escape(project.goals())).append("</p><p>Deelnemers: ")
            .append(Xhtml.escape(project.participants().stream().sorted().map(this::name)
                .collect(Collectors.joining(", "))))
            .append("</p><p>Doelstellingen: ").append(Xhtml.escape(objectives(project))).append("</p>")
            .append("<table><tr><th>Resultaat</th><th>Gereed op</th></tr>");
        for (Result result : project.results()) {
          body.append("<tr><td>").append(Xhtml.escape(result.description())).append("</td><td>")
              .append(result.dueDate()).append("</td></tr>");
        }
        body.append("</table>");
      }
      return save(jobKey, yearCode, DocumentKind.JAARPLAN, title, Xhtml.page(title, body.toString()));
    });
  }

  /** Results versus plan, participation per municipality and the objectives that moved. */
  @Transactional
  public Document evaluationReport(long jobKey, String yearCode, List<Project> projects) {
    return documents.findByJobKey(jobKey).orElseGet(() -> {
      String title = "Evaluatierapport " + yearCode;
      StringBuilder body = new StringBuilder("<h1>").append(Xhtml.escape(title)).append("</h1>")
          .append("<h2>Resultaten tegenover het plan</h2><table><tr><th>Project</th><th>Resultaat</th>"
              + "<th>Gepland</th><th>Status</th><th>Bewijs</th></tr>");
      for (Project project : projects) {
        for (Result result : project.results()) {
          body.append("<tr><td>").append(Xhtml.escape(project.title())).append("</td><td>")
              .append(Xhtml.escape(result.description())).append("</td><td>").append(result.dueDate())
              .append("</td><td>").append(result.status() == ResultStatus.GELEVERD ? "geleverd" : "niet geleverd")
              .append("</td><td>").append(Xhtml.escape(result.evidence())).append("</td></tr>");
        }
      }
      body.append("</table><h2>Deelname per gemeente</h2><table><tr><th>Gemeente</th><th>Projecten</th>"
          + "<th>Als trekker</th></tr>");
      municipalities().keySet().stream().sorted().forEach(code -> {
        long joined = projects.stream().filter(p -> p.participants().contains(code)).count();
        long leads = projects.stream().filter(p -> p.leadMunicipalityCode().equals(code)).count();
        body.append("<tr><td>").append(Xhtml.escape(name(code))).append("</td><td class=\"score\">").append(joined)
            .append("</td><td class=\"score\">").append(leads).append("</td></tr>");
      });
      body.append("</table><h2>Doelstellingen in beweging</h2><ul>");
      projects.stream().filter(p -> p.results().stream().anyMatch(r -> r.status() == ResultStatus.GELEVERD))
          .flatMap(p -> p.objectives().stream()).distinct().sorted()
          .forEach(n -> body.append("<li>").append(n).append(". ").append(Xhtml.escape(objectiveNames().get(n)))
              .append("</li>"));
      body.append("</ul>");
      return save(jobKey, yearCode, DocumentKind.EVALUATIERAPPORT, title, Xhtml.page(title, body.toString()));
    });
  }

  private Map<Integer, String> themes() {
    return themeRepository.findAllByOrderByNumber().stream().collect(Collectors.toMap(Theme::number, Theme::name));
  }

  private Map<String, String> municipalities() {
    return municipalityRepository.findAllByOrderByName().stream()
        .collect(Collectors.toMap(Municipality::code, Municipality::name));
  }

  private Map<Integer, String> objectiveNames() {
    return objectiveRepository.findAllByOrderByNumber().stream()
        .collect(Collectors.toMap(Objective::number, Objective::name));
  }

  private String name(String code) {
    return municipalities().getOrDefault(code, code);
  }

  private String objectives(Project project) {
    return project.objectives().stream().map(n -> n + ". " + objectiveNames().get(n)).collect(Collectors.joining("; "));
  }

  private Document save(long jobKey, String yearCode, DocumentKind kind, String title, String xhtml) {
    String fileName = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "") + ".pdf";
    return documents.save(new Document(jobKey, yearCode, kind, title, fileName, renderer.render(xhtml),
        clock.instant()));
  }
}

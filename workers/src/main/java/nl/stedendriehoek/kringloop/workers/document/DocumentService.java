package nl.stedendriehoek.kringloop.workers.document;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import nl.stedendriehoek.kringloop.workers.focus.FocusProposal;
import nl.stedendriehoek.kringloop.workers.focus.FocusProposalRepository;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import nl.stedendriehoek.kringloop.workers.reference.MunicipalityRepository;
import nl.stedendriehoek.kringloop.workers.reference.Objective;
import nl.stedendriehoek.kringloop.workers.reference.ObjectiveRepository;
import nl.stedendriehoek.kringloop.workers.reference.Theme;
import nl.stedendriehoek.kringloop.workers.reference.ThemeRepository;
import nl.stedendriehoek.kringloop.workers.scan.ScanService;
import nl.stedendriehoek.kringloop.workers.scan.StakeholderInputRepository;
import nl.stedendriehoek.kringloop.workers.year.Year;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Generates and stores the documents of part 1, once per job. */
@Service
public class DocumentService {

  private final DocumentRepository documents;
  private final YearRepository years;
  private final ScanService scans;
  private final FocusProposalRepository proposals;
  private final ThemeRepository themes;
  private final MunicipalityRepository municipalities;
  private final ObjectiveRepository objectives;
  private final StakeholderInputRepository stakeholderInputs;
  private final PdfRenderer renderer;
  private final Clock clock;

  public DocumentService(
      DocumentRepository documents,
      YearRepository years,
      ScanService scans,
      FocusProposalRepository proposals,
      ThemeRepository themes,
      MunicipalityRepository municipalities,
      ObjectiveRepository objectives,
      StakeholderInputRepository stakeholderInputs,
      PdfRenderer renderer,
      ObjectProvider<Clock> clocks) {
    this.documents = documents;
    this.years = years;
    this.scans = scans;
    this.proposals = proposals;
    this.themes = themes;
    this.municipalities = municipalities;
    this.objectives = objectives;
    this.stakeholderInputs = stakeholderInputs;
    this.renderer = renderer;
    this.clock = DomainClock.of(clocks);
  }

  /**
   * The scan report with the heatmap and the ranking; {@code classifications} are the DMN results
   * per theme ({@code themaClassificaties}). A redelivered job returns the document it made before.
   */
  @Transactional
  public Document scanReport(
      long jobKey, String yearCode, List<Map<String, Object>> classifications) {
    return documents
        .findByJobKey(jobKey)
        .orElseGet(
            () -> {
              Year year = years.require(yearCode);
              Map<Integer, Map<String, Object>> byTheme = new HashMap<>();
              if (classifications != null) {
                classifications.forEach(c -> byTheme.put(ProcessVariables.integer(c, "thema"), c));
              }
              ScanService.ScanAggregate aggregate = scans.summarize(yearCode);
              ScanReport report =
                  new ScanReport(
                      year,
                      themes.findAllByOrderByNumber(),
                      municipalities.findAllByOrderByName(),
                      aggregate.scans(),
                      aggregate.scores(),
                      byTheme,
                      stakeholderInputs.findByYearCodeOrderByCreatedAt(yearCode));
              return save(
                  jobKey, yearCode, DocumentKind.SCANRAPPORT, report.title(), report.xhtml());
            });
  }

  /** One round of the focus proposal as a document; once per job. */
  @Transactional
  public Document proposal(long jobKey, String yearCode, int round) {
    return documents
        .findByJobKey(jobKey)
        .orElseGet(
            () -> {
              FocusProposal proposal =
                  proposals
                      .findByYearCodeAndRound(yearCode, round)
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  "Year "
                                      + yearCode
                                      + " has no focus proposal round "
                                      + round
                                      + " for job "
                                      + jobKey));
              ProposalDocument document =
                  new ProposalDocument(
                      proposal,
                      themes.findAllByOrderByNumber().stream()
                          .collect(Collectors.toMap(Theme::number, Theme::name)),
                      municipalities.findAllByOrderByName().stream()
                          .collect(Collectors.toMap(Municipality::code, Municipality::name)),
                      objectives.findAllByOrderByNumber().stream()
                          .collect(Collectors.toMap(Objective::number, Objective::name)));
              return save(
                  jobKey, yearCode, DocumentKind.FOCUSVOORSTEL, document.title(), document.xhtml());
            });
  }

  private Document save(
      long jobKey, String yearCode, DocumentKind kind, String title, String xhtml) {
    String fileName =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "") + ".pdf";
    return documents.save(
        new Document(
            jobKey, yearCode, kind, title, fileName, renderer.render(xhtml), clock.instant()));
  }
}

package nl.stedendriehoek.kringloop.workers.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import nl.stedendriehoek.kringloop.workers.decision.DecisionOutcome;
import nl.stedendriehoek.kringloop.workers.document.Document;
import nl.stedendriehoek.kringloop.workers.document.PlanDocuments;
import nl.stedendriehoek.kringloop.workers.plan.Project;
import nl.stedendriehoek.kringloop.workers.plan.ProjectRepository;
import nl.stedendriehoek.kringloop.workers.year.Year;
import nl.stedendriehoek.kringloop.workers.year.YearPhase;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evaluation of a year: the report, the findings and positions, the check of the go/no-go. */
@Service
public class EvaluationService {

  private final YearRepository years;
  private final ProjectRepository projects;
  private final EvaluationRepository evaluations;
  private final MunicipalityPositionRepository positions;
  private final PlanDocuments documents;
  private final Clock clock;

  public EvaluationService(YearRepository years, ProjectRepository projects, EvaluationRepository evaluations,
      MunicipalityPositionRepository positions, PlanDocuments documents, ObjectProvider<Clock> clocks) {
    this.years = years;
    this.projects = projects;
    this.evaluations = evaluations;
    this.positions = positions;
    this.documents = documents;
    this.clock = DomainClock.of(clocks);
  }

  /** The evaluation report (PDF); the year moves to its evaluation. */
  @Transactional
  public Document compile(long jobKey, String yearCode) {
    years.require(yearCode).reach(YearPhase.EVALUATIE);
    return documents.evaluationReport(jobKey, yearCode, projects.findByYearCodeOrderByPosition(yearCode));
  }

  /** The focus points of the year as checklist options for the AB's go/no-go form. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> focusPointOptions(String yearCode) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (Project project : projects.findByYearCodeOrderByPosition(yearCode)) {
      options.add(Map.of("label", project.position() + ". " + project.title(), "value",
          String.valueOf(project.position())));
    }
    return options;
  }

  /** Stores the findings and every municipality's position; the reasons in Dutch when incomplete. */
  @Transactional
  public List<String> record(String yearCode, String findings, String advice, List<Map<String, Object>> stated) {
    Year year = years.require(yearCode);
    List<String> errors = new ArrayList<>();
    Optional<DecisionOutcome> advised = goNoGo(advice);
    if (findings == null || findings.isBlank()) {
      errors.add("Schrijf de bevindingen van de kwartiermaker.");
    }
    if (advised.isEmpty()) {
      errors.add("Kies het advies: voortzetten, uitbreiden, afschalen of stoppen.");
    }
    List<MunicipalityPosition> read = new ArrayList<>();
    for (Map<String, Object> position : stated == null ? List.<Map<String, Object>>of() : stated) {
      String municipality = ProcessVariables.text(position, "gemeente");
      Optional<DecisionOutcome> outcome = goNoGo(ProcessVariables.text(position, "standpunt"));
      String reasons = ProcessVariables.text(position, "redenen");
      if (municipality == null || !year.takesPart(municipality) || outcome.isEmpty() || reasons == null) {
        errors.add("Het standpunt van " + (municipality == null ? "een gemeente" : municipality)
            + " is onvolledig: kies een standpunt en geef de redenen.");
      } else {
        read.add(new MunicipalityPosition(yearCode, municipality, outcome.get(), reasons));
      }
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    if (evaluations.findById(yearCode).isEmpty()) {
      evaluations.save(new Evaluation(yearCode, findings.strip(), advised.get(), clock.instant()));
    }
    read.forEach(position -> {
      if (positions.findByYearCodeOrderByMunicipalityCode(yearCode).stream()
          .noneMatch(p -> p.municipalityCode().equals(position.municipalityCode()))) {
        positions.save(position);
      }
    });
    return List.of();
  }

  /** Checks the AB's go/no-go against what it carries over (see {@link GoNoGoCheck}). */
  @Transactional(readOnly = true)
  public GoNoGoCheck.Outcome check(String yearCode, String decision, List<String> municipalities,
      List<Integer> focusPoints) {
    Year year = years.require(yearCode);
    Map<Integer, String> leads = projects.findByYearCodeOrderByPosition(yearCode).stream()
        .collect(Collectors.toMap(Project::position, Project::leadMunicipalityCode, (a, b) -> a,
            LinkedHashMap::new));
    return GoNoGoCheck.check(goNoGo(decision), year.municipalities(), municipalities, leads, focusPoints);
  }

  @Transactional
  public void close(String yearCode) {
    years.require(yearCode).reach(YearPhase.AFGESLOTEN);
  }

  private static Optional<DecisionOutcome> goNoGo(String value) {
    return DecisionOutcome.fromFormValue(value).filter(o -> o.ordinal() >= DecisionOutcome.VOORTZETTEN.ordinal());
  }
}

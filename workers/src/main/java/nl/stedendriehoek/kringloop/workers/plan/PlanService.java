package nl.stedendriehoek.kringloop.workers.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.decision.DecisionGate;
import nl.stedendriehoek.kringloop.workers.decision.DecisionRepository;
import nl.stedendriehoek.kringloop.workers.document.Document;
import nl.stedendriehoek.kringloop.workers.document.PlanDocuments;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import nl.stedendriehoek.kringloop.workers.reference.MunicipalityRepository;
import nl.stedendriehoek.kringloop.workers.year.Deadlines;
import nl.stedendriehoek.kringloop.workers.year.Year;
import nl.stedendriehoek.kringloop.workers.year.YearPhase;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The annual plan: a project plan per adopted focus point, compiled per round for the AB, then started. */
@Service
public class PlanService {

  private final ProjectRepository projects;
  private final AnnualPlanRepository plans;
  private final DecisionRepository decisions;
  private final YearRepository years;
  private final MunicipalityRepository municipalities;
  private final PlanDocuments documents;
  private final Deadlines deadlines;
  private final Clock clock;

  public PlanService(ProjectRepository projects, AnnualPlanRepository plans, DecisionRepository decisions,
      YearRepository years, MunicipalityRepository municipalities, PlanDocuments documents, Deadlines deadlines,
      ObjectProvider<Clock> clocks) {
    this.projects = projects;
    this.plans = plans;
    this.decisions = decisions;
    this.years = years;
    this.municipalities = municipalities;
    this.documents = documents;
    this.deadlines = deadlines;
    this.clock = DomainClock.of(clocks);
  }

  public record Recorded(Optional<Long> projectId, List<String> errors) {}

  /** Stores (or rewrites, in a later round) the project plan of one focus point; nothing when invalid. */
  @Transactional
  public Recorded recordProjectPlan(String yearCode, Map<String, Object> focusPoint, Map<String, Object> form) {
    Year year = years.require(yearCode);
    Set<String> known = municipalities.findAllByOrderByName().stream().map(Municipality::code)
        .collect(Collectors.toSet());
    ProjectPlanReader.Reading reading = ProjectPlanReader.read(focusPoint, form, year.yearEnd(), known);
    if (!reading.errors().isEmpty()) {
      return new Recorded(Optional.empty(), reading.errors());
    }
    ProjectPlan plan = reading.plan();
    year.reach(YearPhase.JAARPLAN);
    Optional<Project> existing = projects.findByYearCodeAndPosition(yearCode, (short) plan.position());
    if (existing.isPresent() && existing.get().status() != ProjectStatus.GEPLAND) {
      return new Recorded(Optional.empty(), List.of("Het jaarplan is al goedgekeurd; dit projectplan ligt vast."));
    }
    Project project = existing.orElseGet(() -> new Project(yearCode, plan));
    project.rewrite(plan);
    return new Recorded(Optional.of(projects.save(project).id()), List.of());
  }

  public record Compiled(int round, long documentId) {}

  /**
   * The next round of the annual plan as a PDF. The latest round is reused while the AB has not
   * decided on it (a redelivered job); after a decision, a new round starts.
   */
  @Transactional
  public Compiled compileAnnualPlan(long jobKey, String yearCode) {
    years.require(yearCode);
    Optional<AnnualPlan> latest = plans.findFirstByYearCodeOrderByRoundDesc(yearCode);
    AnnualPlan plan = latest
        .filter(open -> decisions.findByYearCodeAndGateAndRound(yearCode, DecisionGate.JAARPLAN, open.round())
            .isEmpty())
        .orElseGet(() -> plans.save(new AnnualPlan(yearCode, latest.map(p -> p.round() + 1).orElse(1),
            clock.instant())));
    if (plan.documentId() == null) {
      Document document = documents.annualPlan(jobKey, yearCode, plan.round(),
          projects.findByYearCodeOrderByPosition(yearCode));
      plan.documented(document.id());
    }
    return new Compiled(plan.round(), plan.documentId());
  }

  /** The AB approved: the projects run; the process gets what each project's execution needs. */
  @Transactional
  public List<Map<String, Object>> startExecution(String yearCode) {
    Year year = years.require(yearCode);
    year.reach(YearPhase.UITVOERING);
    List<Map<String, Object>> started = new ArrayList<>();
    for (Project project : projects.findByYearCodeOrderByPosition(yearCode)) {
      project.start();
      started.add(describe(project));
    }
    return started;
  }

  private Map<String, Object> describe(Project project) {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("projectId", project.id());
    described.put("titel", project.title());
    described.put("trekker", project.leadMunicipalityCode());
    described.put("deelnemers", project.participants().stream().sorted().toList());
    List<Map<String, Object>> results = new ArrayList<>();
    for (Result result : project.results()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("resultaatId", result.id());
      r.put("omschrijving", result.description());
      r.put("deadline", result.dueDate().toString());
      r.put("deadlineMoment", deadlines.deadline(result.dueDate()));
      results.add(r);
    }
    described.put("resultaten", results);
    return described;
  }
}

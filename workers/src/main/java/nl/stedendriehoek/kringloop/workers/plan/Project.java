package nl.stedendriehoek.kringloop.workers.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project of one adopted focus point: goals, results with due dates, budget and hours, who
 * takes part and which objectives it serves. Its plan can be rewritten until the annual plan is
 * approved; then it runs, and ends with every result delivered or at the end of the year.
 */
@Entity
@Table(schema = "domain", name = "project")
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "year_code", nullable = false)
  private String yearCode;

  @Column(nullable = false)
  private short position;

  @Column(name = "theme_number", nullable = false)
  private short themeNumber;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String goals;

  @Column(name = "lead_municipality_code", nullable = false)
  private String leadMunicipalityCode;

  @Column(name = "budget_euros", nullable = false)
  private int budgetEuros;

  @Column(nullable = false)
  private int hours;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(schema = "domain", name = "project_participant", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "municipality_code")
  private Set<String> participants = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(schema = "domain", name = "project_objective", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "objective_number")
  private Set<Short> objectives = new TreeSet<>();

  @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<Result> results = new ArrayList<>();

  protected Project() {}

  Project(String yearCode, ProjectPlan plan) {
    this.yearCode = yearCode;
    this.position = (short) plan.position();
    this.status = ProjectStatus.GEPLAND;
    rewrite(plan);
  }

  /** Replaces the plan (only while planned: an approved plan is what the year is held to). */
  void rewrite(ProjectPlan plan) {
    if (status != ProjectStatus.GEPLAND) {
      throw new IllegalStateException("Project " + id + " of " + yearCode + " is " + status + "; its plan is fixed");
    }
    this.themeNumber = (short) plan.theme();
    this.title = plan.title();
    this.goals = plan.goals();
    this.leadMunicipalityCode = plan.lead();
    this.budgetEuros = plan.budgetEuros();
    this.hours = plan.hours();
    this.participants.clear();
    this.participants.addAll(plan.participants());
    this.objectives.clear();
    plan.objectives().forEach(number -> objectives.add(number.shortValue()));
    // Rewritten in place by position: the register keeps one row per (project, position).
    List<ProjectPlan.PlannedResult> planned = plan.results();
    while (results.size() > planned.size()) {
      results.remove(results.size() - 1);
    }
    for (int i = 0; i < planned.size(); i++) {
      ProjectPlan.PlannedResult result = planned.get(i);
      if (i < results.size()) {
        results.get(i).replan(result.description(), result.dueDate());
      } else {
        results.add(new Result(this, i + 1, result.description(), result.dueDate()));
      }
    }
  }

  void start() {
    if (status == ProjectStatus.GEPLAND) {
      status = ProjectStatus.IN_UITVOERING;
    }
  }

  /** Ends the project: what is still open was not delivered. */
  void finish() {
    if (status != ProjectStatus.IN_UITVOERING) {
      return;
    }
    results.forEach(Result::notDelivered);
    status = results.stream().allMatch(r -> r.status() == ResultStatus.GELEVERD)
        ? ProjectStatus.AFGEROND : ProjectStatus.NIET_VOLLEDIG;
  }

  boolean deliver(long resultId, String evidence, String link, String by, Instant at) {
    return results.stream().filter(r -> r.id() == resultId).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Project " + id + " has no result " + resultId))
        .deliver(evidence, link, by, at);
  }

  public Long id() {
    return id;
  }

  public String yearCode() {
    return yearCode;
  }

  public int position() {
    return position;
  }

  public int themeNumber() {
    return themeNumber;
  }

  public String title() {
    return title;
  }

  public String goals() {
    return goals;
  }

  public String leadMunicipalityCode() {
    return leadMunicipalityCode;
  }

  public int budgetEuros() {
    return budgetEuros;
  }

  public int hours() {
    return hours;
  }

  public ProjectStatus status() {
    return status;
  }

  public Set<String> participants() {
    return Set.copyOf(participants);
  }

  public Set<Integer> objectives() {
    Set<Integer> numbers = new TreeSet<>();
    objectives.forEach(number -> numbers.add((int) number));
    return numbers;
  }

  public List<Result> results() {
    return List.copyOf(results);
  }
}

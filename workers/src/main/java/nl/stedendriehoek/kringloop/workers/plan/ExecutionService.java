package nl.stedendriehoek.kringloop.workers.plan;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A running project: results delivered with evidence, and its end (all delivered or the year is over). */
@Service
public class ExecutionService {

  private final ProjectRepository projects;
  private final Clock clock;

  public ExecutionService(ProjectRepository projects, ObjectProvider<Clock> clocks) {
    this.projects = projects;
    this.clock = DomainClock.of(clocks);
  }

  /** Records the delivery of a result; the reasons in Dutch when it cannot be recorded. */
  @Transactional
  public List<String> deliver(long projectId, long resultId, String evidence, String link, String by) {
    List<String> errors = new ArrayList<>();
    if (evidence == null || evidence.isBlank()) {
      errors.add("Beschrijf kort wat er is opgeleverd (het bewijs).");
    }
    if (link != null && !link.isBlank() && !isWebAddress(link.strip())) {
      errors.add("De link naar het document moet met http:// of https:// beginnen.");
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    Project project = require(projectId);
    if (project.status() != ProjectStatus.IN_UITVOERING) {
      return List.of("Het project loopt niet (meer); het resultaat kan niet worden vastgelegd.");
    }
    boolean recorded = project.deliver(resultId, evidence.strip(), link == null || link.isBlank() ? null
        : link.strip(), by, clock.instant());
    return recorded ? List.of() : List.of("Dit resultaat is al met ander bewijs opgeleverd.");
  }

  /** Ends the project; returns its status. Ending it again is a no-op. */
  @Transactional
  public ProjectStatus finish(long projectId) {
    Project project = require(projectId);
    project.finish();
    return project.status();
  }

  public Project require(long projectId) {
    return projects.findById(projectId)
        .orElseThrow(() -> new IllegalArgumentException("No project " + projectId));
  }

  private static boolean isWebAddress(String link) {
    try {
      URI uri = URI.create(link);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

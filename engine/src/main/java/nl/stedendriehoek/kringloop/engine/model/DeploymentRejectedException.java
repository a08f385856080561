package nl.stedendriehoek.kringloop.engine.model;

import java.util.List;

/**
 * A resource that cannot be deployed. Every problem names the resource, the element id (when
 * there is one) and the rule; the deployment as a whole is rejected.
 */
public final class DeploymentRejectedException extends RuntimeException {

  private final List<String> problems;

  public DeploymentRejectedException(List<String> problems) {
    super("Deployment rejected:\n- " + String.join("\n- ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.Variable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What a process owner changes on a running instance, each followed by an audit entry once the
 * engine accepted it: retry an incident (give its job a retry and resolve it), cancel the
 * instance, set a variable in one of its scopes.
 */
@Service
class InstanceActions {

  private static final Logger log = LoggerFactory.getLogger(InstanceActions.class);

  /** Retries given back to a job whose incident is retried, as Camunda's Operate does. */
  static final int RETRIES = 1;

  private final CamundaClient camunda;
  private final InstanceDetail instances;
  private final AuditLog audit;
  private final Clock clock;

  InstanceActions(CamundaClient camunda, InstanceDetail instances, AuditLog audit, ObjectProvider<Clock> clocks) {
    this.camunda = camunda;
    this.instances = instances;
    this.audit = audit;
    this.clock = DomainClock.of(clocks);
  }

  /** Gives the incident's job a retry (when it has a job) and resolves the incident. */
  void retry(long instanceKey, long incidentKey, CurrentUser user) {
    Incident incident = Keys.found("Incident", incidentKey, () -> camunda.newIncidentGetRequest(incidentKey).send().join());
    if (incident.getProcessInstanceKey() == null || incident.getProcessInstanceKey() != instanceKey) {
      throw new InstanceNotFoundException("Incident", incidentKey + " of instance " + instanceKey);
    }
    if (incident.getState() != IncidentState.ACTIVE) {
      throw new ActionRefusedException("Incident " + incidentKey + " of process instance " + instanceKey + " is "
          + incident.getState() + ", not ACTIVE");
    }
    if (incident.getJobKey() != null) {
      camunda.newUpdateRetriesCommand(incident.getJobKey()).retries(RETRIES).send().join();
    }
    camunda.newResolveIncidentCommand(incidentKey).send().join();
    log.info("Process instance {}: incident {} on element {} retried by {}", instanceKey, incidentKey,
        incident.getElementId(), user.username());
    record(AuditAction.INCIDENT_OPNIEUW, instanceKey, incident.getElementInstanceKey(), incident.getElementId(),
        incident.getErrorMessage(), null, user);
  }

  void cancel(long instanceKey, CurrentUser user) {
    instances.instance(instanceKey);
    camunda.newCancelInstanceCommand(instanceKey).send().join();
    log.info("Process instance {} canceled by {}", instanceKey, user.username());
    record(AuditAction.INSTANTIE_GEANNULEERD, instanceKey, null, null, null, null, user);
  }

  /**
   * Sets variable {@code name} to the JSON {@code value} in scope {@code scopeKey} of the instance.
   *
   * @throws InvalidVariableException when the name is empty or the value is not JSON
   */
  void setVariable(long instanceKey, long scopeKey, String name, String value, CurrentUser user) {
    if (name == null || name.isBlank()) {
      throw new InvalidVariableException("naam");
    }
    if (!VariableValues.isJson(value)) {
      throw new InvalidVariableException("json");
    }
    instances.instance(instanceKey);
    requireScopeOf(instanceKey, scopeKey);
    Optional<String> old = current(instanceKey, scopeKey, name.strip());
    camunda.newSetVariablesCommand(scopeKey)
        .variables(Map.of(name.strip(), VariableValues.parse(value)))
        .local(true)
        .send()
        .join();
    log.info("Process instance {}: variable {} in scope {} set by {}", instanceKey, name, scopeKey, user.username());
    record(AuditAction.VARIABELE_GEWIJZIGD, instanceKey, scopeKey, name.strip(), old.orElse(null), value.strip(), user);
  }

  private void requireScopeOf(long instanceKey, long scopeKey) {
    if (scopeKey == instanceKey) {
      return;
    }
    boolean ours = !camunda.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).elementInstanceKey(scopeKey))
        .send().join().items().isEmpty();
    if (!ours) {
      throw new InstanceNotFoundException("Scope", scopeKey + " of instance " + instanceKey);
    }
  }

  private Optional<String> current(long instanceKey, long scopeKey, String name) {
    List<Variable> found = camunda.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).scopeKey(scopeKey).name(name))
        .send().join().items();
    return found.stream().findFirst().map(Variable::getValue);
  }

  private void record(AuditAction action, long instanceKey, Long scopeKey, String subject, String oldValue,
      String newValue, CurrentUser user) {
    audit.save(new AuditEntry(action, instanceKey, scopeKey, subject, oldValue, newValue, user.username(),
        clock.instant()));
  }
}

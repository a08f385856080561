package nl.stedendriehoek.kringloop.engine.deployment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import nl.stedendriehoek.kringloop.engine.decision.Decisions;
import nl.stedendriehoek.kringloop.engine.execution.EngineEvents;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult.DecisionRequirementsMetadata;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult.FormMetadata;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult.ProcessMetadata;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.model.DeploymentRejectedException;
import nl.stedendriehoek.kringloop.engine.model.ExecutableProcess;
import nl.stedendriehoek.kringloop.engine.state.KeyGenerator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys BPMN, DMN and form resources all-or-nothing. Everything is parsed and validated before
 * the transaction starts; inside it, deployments are serialised (an advisory lock) so versions
 * are assigned without gaps or races. A resource identical to the latest (not deleted) version
 * keeps that version; a changed one gets the next after the highest ever deployed, so a deleted
 * version's number is never reused.
 */
public final class DeploymentService {

  private final TransactionTemplate tx;
  private final DeploymentStore store;
  private final BpmnResources bpmn;
  private final ProcessDefinitions definitions;
  private final KeyGenerator keys;
  private final InstantSource clock;
  private final Decisions decisions;
  private final EngineEvents events;
  private final StartEvents startEvents;

  public DeploymentService(
      TransactionTemplate tx, DeploymentStore store, BpmnResources bpmn, ProcessDefinitions definitions,
      KeyGenerator keys, InstantSource clock, Decisions decisions, EngineEvents events,
      StartEvents startEvents) {
    this.startEvents = startEvents;
    this.events = events;
    this.decisions = decisions;
    this.tx = tx;
    this.store = store;
    this.bpmn = bpmn;
    this.definitions = definitions;
    this.keys = keys;
    this.clock = clock;
  }

  public DeploymentResult deploy(List<Resource> resources) {
    if (resources == null || resources.isEmpty()) {
      throw new InvalidArgumentException("Expected to deploy at least one resource, but none was given");
    }
    Parsed parsed = parse(resources);
    List<DeployedProcess> created = new ArrayList<>();
    DeploymentResult result = tx.execute(status -> store(parsed, created));
    created.forEach(definitions::remember);
    result.decisionRequirements().forEach(d -> parsed.others.stream()
        .filter(r -> r.kind().equals("DMN") && r.id().equals(d.dmnDecisionRequirementsId())).findFirst()
        .ifPresent(r -> decisions.remember(d.decisionRequirementsKey(), r.content())));
    return result;
  }

  private Parsed parse(List<Resource> resources) {
    Parsed parsed = new Parsed();
    List<String> problems = new ArrayList<>();
    Set<String> processIds = new HashSet<>();
    Set<String> otherIds = new HashSet<>();
    for (Resource resource : resources) {
      try {
        parseOne(resource, parsed, processIds, otherIds, problems);
      } catch (DeploymentRejectedException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidArgumentException(
          "Deployment rejected, nothing was deployed:\n- " + String.join("\n- ", problems), problems);
    }
    return parsed;
  }

  private void parseOne(
      Resource resource, Parsed parsed, Set<String> processIds, Set<String> otherIds, List<String> problems) {
    String name = resource.name() == null ? "" : resource.name();
    byte[] content = resource.content() == null ? new byte[0] : resource.content();
    String lower = name.toLowerCase(Locale.ROOT);
    byte[] checksum = sha256(content);
    if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
      for (ExecutableProcess process : bpmn.read(name, content)) {
        if (!processIds.add(process.bpmnProcessId())) {
          problems.add("'" + name + "': duplicate process id '" + process.bpmnProcessId() + "' in one deployment");
        }
        parsed.processes.add(new ParsedProcess(process, name, content, checksum));
      }
    } else if (lower.endsWith(".form")) {
      String formId = OtherResources.formId(name, content);
      if (!otherIds.add("FORM:" + formId)) {
        problems.add("'" + name + "': duplicate form id '" + formId + "' in one deployment");
      }
      parsed.others.add(new ParsedResource("FORM", formId, name, content, checksum, Map.of()));
    } else if (lower.endsWith(".dmn")) {
      String id = OtherResources.decisionRequirementsId(name, content);
      if (!otherIds.add("DMN:" + id)) {
        problems.add("'" + name + "': duplicate decision requirements id '" + id + "' in one deployment");
      }
      Map<String, String> decisionIds;
      try {
        decisionIds = decisions.parse(content);
      } catch (RuntimeException e) {
        throw BpmnResources.rejected(name, "not an evaluable DMN document: " + e.getMessage());
      }
      parsed.others.add(new ParsedResource("DMN", id, name, content, checksum, decisionIds));
    } else {
      problems.add("'" + name + "': unknown resource type; expected a name ending in .bpmn, .dmn or .form");
    }
  }

  private DeploymentResult store(Parsed parsed, List<DeployedProcess> created) {
    store.lockDeployments();
    long deploymentKey = keys.nextKey();
    var now = clock.instant();
    store.insertDeployment(deploymentKey, now);
    List<ProcessMetadata> processes = new ArrayList<>();
    Set<Long> createdKeys = new HashSet<>();
    for (ParsedProcess p : parsed.processes) {
      var latest = store.latestProcess(p.process().bpmnProcessId());
      if (latest.isPresent() && Arrays.equals(latest.get().checksum(), p.checksum())) {
        processes.add(new ProcessMetadata(p.process().bpmnProcessId(), latest.get().version(),
            latest.get().key(), latest.get().resourceName()));
        continue;
      }
      int version = store.highestProcessVersion(p.process().bpmnProcessId()) + 1;
      ProcessDefinition definition = new ProcessDefinition(keys.nextKey(), p.process().bpmnProcessId(),
          version, p.process().versionTag(), p.resourceName(), deploymentKey);
      store.insertProcess(definition, p.process().name(), p.checksum(), p.content(), now);
      DeployedProcess deployed = new DeployedProcess(definition, p.process());
      events.dueAt(startEvents.activate(deployed, now, keys::nextKey));
      created.add(deployed);
      createdKeys.add(definition.key());
      processes.add(new ProcessMetadata(definition.bpmnProcessId(), version, definition.key(), p.resourceName()));
    }
    List<FormMetadata> forms = new ArrayList<>();
    List<DecisionRequirementsMetadata> decisions = new ArrayList<>();
    for (ParsedResource r : parsed.others) {
      var latest = store.latestResource(r.kind(), r.id());
      boolean same = latest.isPresent() && Arrays.equals(latest.get().checksum(), r.checksum());
      long key = same ? latest.get().key() : keys.nextKey();
      int version = same ? latest.get().version() : store.highestResourceVersion(r.kind(), r.id()) + 1;
      if (!same) {
        createdKeys.add(key);
        store.insertResource(key, r.kind(), r.id(), version, r.name(), r.checksum(), deploymentKey, r.content(), now);
        r.decisionIds().forEach((decisionId, decisionName) -> store.insertDecision(keys.nextKey(), decisionId,
            decisionName, store.highestDecisionVersion(decisionId) + 1, key, r.id()));
      }
      if (r.kind().equals("FORM")) {
        forms.add(new FormMetadata(r.id(), version, key, r.name()));
      } else {
        decisions.add(new DecisionRequirementsMetadata(r.id(), version, key, r.name()));
      }
    }
    store.recordDeployment(deploymentKey, processes, forms, decisions, createdKeys, now);
    return new DeploymentResult(deploymentKey, processes, forms, decisions);
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record ParsedProcess(ExecutableProcess process, String resourceName, byte[] content, byte[] checksum) {}

  private record ParsedResource(
      String kind, String id, String name, byte[] content, byte[] checksum, Map<String, String> decisionIds) {}

  private static final class Parsed {
    final List<ParsedProcess> processes = new ArrayList<>();
    final List<ParsedResource> others = new ArrayList<>();
  }
}

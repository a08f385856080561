package nl.stedendriehoek.kringloop.console;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import org.awaitility.Awaitility;

/**
 * A small test process for Operate: start → service task "Rapport maken" (job type {@value #JOB})
 * → end. Its job is worked by this class as a worker would: fail it without retries (an incident),
 * or complete it.
 */
final class IncidentProcess {

  static final String PROCESS = "test-operate-rapport";
  static final String TASK = "rapport-maken";
  static final String JOB = "test-operate-rapport";
  static final String ERROR = "Documentservice niet bereikbaar (test)";

  private final CamundaClient camunda;

  IncidentProcess(KringloopInstance kringloop) {
    this.camunda = kringloop.context().getBean(CamundaClient.class);
  }

  void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
        .name("Rapport (test)")
        .startEvent("start")
        .serviceTask(TASK, task -> task.name("Rapport maken").zeebeJobType(JOB))
        .endEvent("einde")
        .done();
    camunda.newDeployResourceCommand().addProcessModel(model, PROCESS + ".bpmn").send().join();
  }

  long start(String jaar) {
    return camunda.newCreateInstanceCommand()
        .bpmnProcessId(PROCESS)
        .latestVersion()
        .variables(Map.of("jaar", jaar, "rapportSoort", "voortgang"))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** Starts an instance whose job fails without retries, and waits for its incident. */
  long startWithIncident(String jaar) {
    long instance = start(jaar);
    ActivatedJob job = activate(instance);
    camunda.newFailCommand(job.getKey()).retries(0).errorMessage(ERROR).send().join();
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(instance).isEmpty());
    return instance;
  }

  /** The worker, working again: activates the instance's job and completes it. */
  void completeJob(long instance) {
    camunda.newCompleteCommand(activate(instance).getKey()).send().join();
  }

  /** Gives the job a retry and resolves the incident directly, as another process owner might have done. */
  void resolve(Incident incident) {
    camunda.newUpdateRetriesCommand(incident.getJobKey()).retries(1).send().join();
    camunda.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
  }

  List<Incident> incidents(long instance) {
    return camunda.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items();
  }

  ProcessInstanceState state(long instance) {
    return camunda.newProcessInstanceGetRequest(instance).send().join().getState();
  }

  Map<String, String> variables(long instance) {
    Map<String, String> byName = new java.util.LinkedHashMap<>();
    camunda.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items()
        .forEach(v -> byName.put(v.getName(), v.getValue()));
    return byName;
  }

  private ActivatedJob activate(long instance) {
    return Awaitility.await().atMost(Duration.ofSeconds(10)).until(
        () -> camunda.newActivateJobsCommand().jobType(JOB).maxJobsToActivate(10).requestTimeout(Duration.ofMillis(200))
            .send().join().getJobs().stream().filter(j -> j.getProcessInstanceKey() == instance).findFirst(),
        java.util.Optional::isPresent).get();
  }
}

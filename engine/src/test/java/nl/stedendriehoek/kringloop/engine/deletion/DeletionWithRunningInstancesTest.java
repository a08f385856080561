package nl.stedendriehoek.kringloop.engine.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.api.ProcessDefinitionView;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * Camunda 8.8 refuses to delete a process definition while instances of it are running (8.9's
 * draining is not offered): the refusal changes nothing, and once the instances have ended the
 * deletion goes through. Their history stays.
 */
class DeletionWithRunningInstancesTest extends EngineTest {

  private static long deployWithTimerStart() {
    var process = Bpmn.createExecutableProcess("review");
    process.startEvent("daily").timerWithCycle("R/P1D").endEvent();
    return deploy(process.startEvent("start").serviceTask("check", t -> t.zeebeJobType("check")).endEvent().done())
        .process("review").processDefinitionKey();
  }

  private static List<Long> definitionKeys() {
    return queries.processDefinitions().stream().map(ProcessDefinitionView::processDefinitionKey).toList();
  }

  @Test
  void shouldRefuseWhileAnInstanceIsRunningAndChangeNothing() {
    // given
    long key = deployWithTimerStart();
    long running = start("review");
    int recordsBefore = queries.records(running).size();

    // when / then
    assertThatThrownBy(() -> service.deleteResource(key, null))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("Expected to delete resource with key `" + key + "` but there are still running instances");
    assertThat(definitionKeys()).containsExactly(key);
    assertThat(queries.processDefinitionXml(key)).contains("review");
    assertThat(service.createProcessInstance(CreateProcessInstance.byKey(key, Map.of())).processDefinitionKey())
        .isEqualTo(key);
    clock.add(Duration.ofDays(1));
    engine.processDueWork();
    assertThat(queries.processInstances(new ProcessInstanceFilter("review", null))).hasSize(3);
    assertThat(queries.records(running)).hasSize(recordsBefore);
  }

  @Test
  void shouldDeleteOnceTheInstancesHaveEndedAndKeepTheirHistory() {
    // given
    long key = deployWithTimerStart();
    long instance = start("review");
    service.cancelProcessInstance(instance);

    // when
    service.deleteResource(key, null);

    // then
    assertThat(definitionKeys()).isEmpty();
    assertThatThrownBy(() -> queries.processDefinitionXml(key)).isInstanceOf(NotFoundException.class);
    assertThat(queries.processInstance(instance).state()).isEqualTo("CANCELED");
    assertThat(queries.records(instance)).isNotEmpty();
  }

  @Test
  void shouldRefuseWhileAnInstanceStartedByACallActivityIsRunning() {
    // given
    long child = deploy(Bpmn.createExecutableProcess("child").startEvent()
        .serviceTask("work", t -> t.zeebeJobType("work")).endEvent().done()).process("child").processDefinitionKey();
    deploy(Bpmn.createExecutableProcess("parent").startEvent().callActivity("call", c -> c.zeebeProcessId("child"))
        .endEvent().done());
    start("parent");

    // when / then
    assertThatThrownBy(() -> service.deleteResource(child, null)).isInstanceOf(InvalidStateException.class);
    assertThat(definitionKeys()).contains(child);
  }
}

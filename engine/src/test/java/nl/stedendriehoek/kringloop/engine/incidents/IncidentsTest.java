package nl.stedendriehoek.kringloop.engine.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.FailJob;
import nl.stedendriehoek.kringloop.engine.api.IncidentFilter;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class IncidentsTest extends EngineTest {

  @Test
  void jobIncidentIsResolvedAfterRetriesAreUpdatedAndTheJobCanBeTakenAgain() {
    // given
    deploy(Bpmn.createExecutableProcess("p").startEvent().serviceTask("t", s -> s.zeebeJobType("flaky"))
        .endEvent().done());
    long instance = start("p");
    var job = activateOne("flaky");
    service.failJob(new FailJob(job.jobKey(), 0, "boom", null, Map.of()));
    var incident = activeIncidents(instance).get(0);

    // when: resolving before retries are raised is refused
    assertThatThrownBy(() -> service.resolveIncident(incident.incidentKey()))
        .isInstanceOf(InvalidStateException.class).hasMessageContaining("no retries left");
    service.updateJobRetries(job.jobKey(), 1);
    service.resolveIncident(incident.incidentKey());

    // then
    assertThat(activeIncidents(instance)).isEmpty();
    assertThat(queries.incidents(new IncidentFilter(instance, "RESOLVED"))).hasSize(1);
    completeJob("flaky", Map.of());
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void incidentsAreVisibleOnTheInstanceAndItsElement() {
    // given
    deploy(Bpmn.createExecutableProcess("x").startEvent().exclusiveGateway("g")
        .conditionExpression("= missing > 1").endEvent().done());

    // when
    long instance = start("x");

    // then
    assertThat(queries.processInstance(instance).hasIncident()).isTrue();
    assertThat(queries.elementInstances(instance)).filteredOn(e -> e.elementId().equals("g"))
        .singleElement().satisfies(e -> assertThat(e.hasIncident()).isTrue());
    var incident = activeIncidents(instance).get(0);
    assertThat(incident.bpmnProcessId()).isEqualTo("x");
    assertThat(incident.creationTime()).isEqualTo(T0);
  }

  @Test
  void resolvingWithoutFixingTheCauseRaisesANewIncident() {
    // given
    deploy(Bpmn.createExecutableProcess("again").startEvent()
        .serviceTask("t", s -> s.zeebeJobType("x").zeebeInputExpression("assert(v, v != null)", "w"))
        .endEvent().done());
    long instance = start("again");
    var first = activeIncidents(instance).get(0);

    // when
    service.resolveIncident(first.incidentKey());

    // then
    assertThat(activeIncidents(instance)).singleElement()
        .satisfies(i -> assertThat(i.incidentKey()).isNotEqualTo(first.incidentKey()));
  }

  @Test
  void resolvingAnUnknownOrResolvedIncidentIsNotFound() {
    // given
    deploy(Bpmn.createExecutableProcess("r").startEvent()
        .serviceTask("t", s -> s.zeebeJobType("x").zeebeInputExpression("assert(v, v != null)", "w"))
        .endEvent().done());
    long instance = start("r", Map.of());
    var incident = activeIncidents(instance).get(0);
    service.setVariables(instance, Map.of("v", 1), false);
    service.resolveIncident(incident.incidentKey());

    // when / then
    assertThatThrownBy(() -> service.resolveIncident(incident.incidentKey())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.resolveIncident(99L)).isInstanceOf(NotFoundException.class);
    assertThat(activateOne("x").variables()).containsEntry("w", 1L);
  }

  @Test
  void cancellingAnInstanceResolvesItsIncidents() {
    // given
    deploy(Bpmn.createExecutableProcess("c").startEvent().exclusiveGateway("g")
        .conditionExpression("= missing > 1").endEvent().done());
    long instance = start("c");

    // when
    service.cancelProcessInstance(instance);

    // then
    assertThat(activeIncidents(instance)).isEmpty();
    assertThat(queries.incidents(new IncidentFilter(instance, "RESOLVED"))).hasSize(1);
  }
}

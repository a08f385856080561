package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.MessageCorrelated;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceView;
import nl.stedendriehoek.kringloop.engine.api.PublishMessage;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class MessageStartEventTest extends EngineTest {

  private static BpmnModelInstance startedByMessage(String processId, String jobType) {
    return Bpmn.createExecutableProcess(processId).startEvent("received").message("application")
        .serviceTask("handle", t -> t.zeebeJobType(jobType)).endEvent().done();
  }

  private static List<ProcessInstanceView> instancesOf(String processId) {
    return queries.processInstances(new ProcessInstanceFilter(processId, null));
  }

  private static long publish(String key, Map<String, Object> variables) {
    return service.publishMessage(new PublishMessage("application", key, Duration.ZERO, null, variables));
  }

  @Test
  void eachMessageStartsANewInstanceWithItsVariables() {
    // given
    deploy(startedByMessage("intake", "handle"));

    // when
    publish(null, Map.of("applicant", "Jansen"));
    publish(null, Map.of("applicant", "de Vries"));

    // then
    assertThat(instancesOf("intake")).hasSize(2);
    assertThat(activate("handle", 10)).extracting(j -> j.variables().get("applicant"))
        .containsExactlyInAnyOrder("Jansen", "de Vries");
  }

  @Test
  void withACorrelationKeyOnlyOneInstancePerKeyIsActiveAtATime() {
    // given
    deploy(startedByMessage("intake", "handle"));

    // when
    publish("case-1", Map.of("case", "case-1"));
    publish("case-1", Map.of("case", "case-1"));
    publish("case-2", Map.of("case", "case-2"));

    // then
    assertThat(instancesOf("intake")).hasSize(2);

    // when the instance of case-1 has ended, the key may start another
    var jobs = activate("handle", 10);
    service.completeJob(jobs.stream().filter(j -> j.variables().get("case").equals("case-1")).findFirst()
        .orElseThrow().jobKey(), Map.of());
    publish("case-1", Map.of("case", "case-1"));

    // then
    assertThat(instancesOf("intake")).hasSize(3);
  }

  @Test
  void aBufferedMessageRefusedWhileItsKeyWasActiveStartsTheNextInstanceWhenThatOneEnds() {
    // given
    deploy(startedByMessage("intake", "handle"));
    service.publishMessage(new PublishMessage("application", "case-1", Duration.ofHours(1), null, Map.of("n", 1)));
    service.publishMessage(new PublishMessage("application", "case-1", Duration.ofHours(1), null, Map.of("n", 2)));
    assertThat(instancesOf("intake")).hasSize(1);

    // when
    completeJob("handle", Map.of());

    // then
    assertThat(instancesOf("intake")).hasSize(2);
    assertThat(activateOne("handle").variables()).containsEntry("n", 2L);
  }

  @Test
  void correlateStartsAnInstanceAndReturnsIt() {
    // given
    deploy(startedByMessage("intake", "handle"));

    // when
    MessageCorrelated correlated = service.correlateMessage("application", "", Map.of("x", 1));

    // then
    assertThat(instancesOf("intake")).extracting(ProcessInstanceView::processInstanceKey)
        .containsExactly(correlated.processInstanceKey());
  }

  @Test
  void aNewVersionReplacesTheStartSubscriptionOfThePreviousOne() {
    // given
    deploy(startedByMessage("intake", "v1"));
    deploy(startedByMessage("intake", "v2"));

    // when
    publish(null, Map.of());

    // then
    assertThat(activate("v1", 10)).isEmpty();
    assertThat(activate("v2", 10)).hasSize(1);
  }

  @Test
  void aProcessWithOnlyAMessageStartEventCannotBeCreatedByCommand() {
    // given
    deploy(startedByMessage("intake", "handle"));

    // when / then
    assertThatThrownBy(() -> service.createProcessInstance(CreateProcessInstance.latest("intake", Map.of())))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("none start event");
  }

  @Test
  void aMessageStartEventWithAFeelNameIsRefusedAtDeployment() {
    // given
    BpmnModelInstance model = Bpmn.createExecutableProcess("intake").startEvent("received").message("=kind")
        .endEvent().done();

    // when / then
    assertThatThrownBy(() -> deploy(model)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("message start events with a FEEL name");
  }
}

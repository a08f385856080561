package nl.stedendriehoek.kringloop.engine.execution.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.MultiInstanceLoopCharacteristicsBuilder;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.ElementInstanceView;
import nl.stedendriehoek.kringloop.engine.api.JobFilter;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class MultiInstanceTest extends EngineTest {

  private static void deployLoopedTask(Consumer<MultiInstanceLoopCharacteristicsBuilder> loop) {
    deploy(Bpmn.createExecutableProcess("loop").startEvent()
        .serviceTask("review", t -> t.zeebeJobType("review").multiInstance(loop))
        .serviceTask("after", t -> t.zeebeJobType("after")).endEvent().done());
  }

  private static List<ElementInstanceView> instancesOf(long processInstanceKey, String elementId) {
    return queries.elementInstances(processInstanceKey).stream()
        .filter(e -> e.elementId().equals(elementId))
        .sorted(Comparator.comparingLong(ElementInstanceView::elementInstanceKey))
        .toList();
  }

  /** The activated jobs in loop order (activation itself does not promise an order). */
  private static List<ActivatedJob> activateInLoopOrder(String type) {
    return activate(type, 10).stream()
        .sorted(Comparator.comparingLong(j -> ((Number) j.variables().get("loopCounter")).longValue()))
        .toList();
  }

  @Test
  void parallelMultiInstanceCreatesOneInstancePerElementInsideABodyAndCollectsOutputInInputOrder() {
    // given
    deployLoopedTask(m -> m.parallel().zeebeInputCollectionExpression("items").zeebeInputElement("item")
        .zeebeOutputCollection("results").zeebeOutputElementExpression("result"));
    long instance = start("loop", Map.of("items", List.of("a", "b", "c")));

    // when
    List<ActivatedJob> jobs = activateInLoopOrder("review");

    // then
    assertThat(jobs).extracting(j -> j.variables().get("item"), j -> j.variables().get("loopCounter"))
        .containsExactlyInAnyOrder(tuple("a", 1L), tuple("b", 2L), tuple("c", 3L));
    List<ElementInstanceView> review = instancesOf(instance, "review");
    assertThat(review).extracting(ElementInstanceView::type)
        .containsExactly("MULTI_INSTANCE_BODY", "SERVICE_TASK", "SERVICE_TASK", "SERVICE_TASK");
    assertThat(review.subList(1, 4)).allMatch(inner -> inner.flowScopeKey() == review.get(0).elementInstanceKey());

    // when: completed out of order
    for (int i = jobs.size() - 1; i >= 0; i--) {
      ActivatedJob job = jobs.get(i);
      service.completeJob(job.jobKey(), Map.of("result", "ok-" + job.variables().get("item")));
    }

    // then
    assertThat(variables(instance)).containsEntry("results", List.of("ok-a", "ok-b", "ok-c"))
        .doesNotContainKeys("result", "item", "loopCounter");
    assertThat(activeElements(instance)).containsExactly("after");
  }

  @Test
  void sequentialMultiInstanceStartsTheNextInstanceOnlyWhenThePreviousCompleted() {
    // given
    deployLoopedTask(m -> m.sequential().zeebeInputCollectionExpression("items").zeebeInputElement("item"));
    long instance = start("loop", Map.of("items", List.of(10, 20)));

    // when
    ActivatedJob first = activateOne("review");

    // then
    assertThat(first.variables()).containsEntry("item", 10L).containsEntry("loopCounter", 1L);
    assertThat(activate("review", 10)).isEmpty();

    // when
    service.completeJob(first.jobKey(), Map.of());
    ActivatedJob second = activateOne("review");

    // then
    assertThat(second.variables()).containsEntry("item", 20L).containsEntry("loopCounter", 2L);
    service.completeJob(second.jobKey(), Map.of());
    assertThat(activeElements(instance)).containsExactly("after");
  }

  @Test
  void emptyInputCollectionSkipsTheActivityWithAnEmptyOutputCollection() {
    // given
    deployLoopedTask(m -> m.zeebeInputCollectionExpression("items").zeebeOutputCollection("results")
        .zeebeOutputElementExpression("result"));

    // when
    long instance = start("loop", Map.of("items", List.of()));

    // then
    assertThat(activeElements(instance)).containsExactly("after");
    assertThat(variables(instance)).containsEntry("results", List.of());
    assertThat(instancesOf(instance, "review")).extracting(ElementInstanceView::type)
        .containsExactly("MULTI_INSTANCE_BODY");
  }

  @Test
  void completionConditionTerminatesTheRemainingInstancesAndLeavesTheActivity() {
    // given
    deployLoopedTask(m -> m.zeebeInputCollectionExpression("items").zeebeInputElement("item")
        .completionCondition("= numberOfCompletedInstances >= 2"));
    long instance = start("loop", Map.of("items", List.of(1, 2, 3, 4)));
    List<ActivatedJob> jobs = activateInLoopOrder("review");

    // when
    service.completeJob(jobs.get(0).jobKey(), Map.of());

    // then
    assertThat(activeElements(instance)).containsOnly("review");

    // when
    service.completeJob(jobs.get(1).jobKey(), Map.of());

    // then
    assertThat(activeElements(instance)).containsExactly("after");
    assertThat(instancesOf(instance, "review")).extracting(ElementInstanceView::state)
        .containsExactly("COMPLETED", "COMPLETED", "COMPLETED", "TERMINATED", "TERMINATED");
    assertThat(queries.jobs(new JobFilter(instance, "review", null)))
        .extracting(j -> j.state()).containsOnly("COMPLETED", "CANCELED");
  }

  @Test
  void inputCollectionThatIsNotAnArrayRaisesAnIncidentResolvedAfterFixingTheVariable() {
    // given
    deployLoopedTask(m -> m.zeebeInputCollectionExpression("items").zeebeInputElement("item"));
    long instance = start("loop", Map.of("items", "not a list"));

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
      assertThat(incident.errorMessage())
          .contains("inputCollection '=items'", "element 'review'", "to be an array, but got string");
    });

    // when
    service.setVariables(instance, Map.of("items", List.of("x")), false);
    service.resolveIncident(activeIncidents(instance).get(0).incidentKey());

    // then
    assertThat(activateOne("review").variables()).containsEntry("item", "x");
  }

  @Test
  void outputElementVariableIsLocalToEachInstanceSoParallelResultsDoNotOverwriteEachOther() {
    // given
    deployLoopedTask(m -> m.zeebeInputCollectionExpression("items").zeebeInputElement("item")
        .zeebeOutputCollection("results").zeebeOutputElementExpression("{item: item, score: score}"));
    long instance = start("loop", Map.of("items", List.of("a", "b")));
    List<ActivatedJob> jobs = activateInLoopOrder("review");

    // when: without a local output variable, score propagates to the process scope
    service.completeJob(jobs.get(0).jobKey(), Map.of("score", 1));
    service.completeJob(jobs.get(1).jobKey(), Map.of("score", 2));

    // then
    assertThat(variables(instance)).containsEntry("results",
        List.of(Map.of("item", "a", "score", 1L), Map.of("item", "b", "score", 2L)));
  }

  @Test
  void inputMappingsOfTheActivityRunPerInstanceAndCanReadTheLoopVariables() {
    // given
    deploy(Bpmn.createExecutableProcess("loop").startEvent()
        .serviceTask("review", t -> t.zeebeJobType("review")
            .zeebeInputExpression("\"#\" + string(loopCounter) + \" \" + item", "label")
            .multiInstance(m -> m.zeebeInputCollectionExpression("items").zeebeInputElement("item")))
        .endEvent().done());
    start("loop", Map.of("items", List.of("a", "b")));

    // when
    List<ActivatedJob> jobs = activateInLoopOrder("review");

    // then
    assertThat(jobs).extracting(j -> j.variables().get("label")).containsExactlyInAnyOrder("#1 a", "#2 b");
  }

  @Test
  void multiInstanceSubProcessGivesEachInstanceItsOwnScope() {
    // given
    deploy(Bpmn.createExecutableProcess("subs").startEvent()
        .subProcess("perCity", s -> s.multiInstance(m -> m.zeebeInputCollectionExpression("cities")
            .zeebeInputElement("city").zeebeOutputCollection("answers").zeebeOutputElementExpression("answer")))
        .embeddedSubProcess().startEvent().serviceTask("ask", t -> t.zeebeJobType("ask")).endEvent()
        .subProcessDone().endEvent().done());
    long instance = start("subs", Map.of("cities", List.of("Deventer", "Zutphen")));
    List<ActivatedJob> jobs = activateInLoopOrder("ask");

    // when
    jobs.forEach(job -> service.completeJob(job.jobKey(), Map.of("answer", "yes from " + job.variables().get("city"))));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("answers", List.of("yes from Deventer", "yes from Zutphen"));
  }

  @Test
  void cancellingTheProcessTerminatesTheBodyAndEveryInstance() {
    // given
    deployLoopedTask(m -> m.zeebeInputCollectionExpression("items"));
    long instance = start("loop", Map.of("items", List.of(1, 2)));

    // when
    service.cancelProcessInstance(instance);

    // then
    assertThat(instancesOf(instance, "review")).extracting(ElementInstanceView::state)
        .containsOnly("TERMINATED").hasSize(3);
    assertThat(activate("review", 10)).isEmpty();
  }

  @Test
  void completionConditionThatIsNotABooleanRaisesAnIncident() {
    // given
    deployLoopedTask(m -> m.zeebeInputCollectionExpression("items").completionCondition("= \"yes\""));
    long instance = start("loop", Map.of("items", List.of(1)));

    // when
    completeJob("review", Map.of());

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("CONDITION_ERROR");
      assertThat(incident.errorMessage()).contains("completionCondition '= \"yes\"'", "but got \"yes\"");
    });
  }
}

package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.EvaluatedDecisionInput;
import io.camunda.client.api.response.EvaluatedDecisionOutput;
import io.camunda.client.api.response.MatchedDecisionRule;
import io.camunda.client.api.search.response.DecisionInstance;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The decisions a process instance's business rule tasks evaluated, as Operate shows them: which
 * step, which decision, what went in, which rules matched with what outputs, and the result or why
 * it failed. Read through the client: a search for the instance's decision instances, then each
 * one (the search result carries no inputs or rules).
 */
@Service
class InstanceDecisions {

  /** One evaluated decision; {@code rules} as "rule n: output = value" lines. */
  record DecisionRow(String elementName, String decision, boolean failed, String result, String failure,
      List<String> inputs, List<String> rules) {}

  private final CamundaClient camunda;

  InstanceDecisions(CamundaClient camunda) {
    this.camunda = camunda;
  }

  /** @param elementNames element instance key → element name (or id) of the instance's history */
  List<DecisionRow> of(long processInstanceKey, Map<Long, String> elementNames) {
    return camunda.newDecisionInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .sort(s -> s.evaluationDate().asc())
        .page(p -> p.limit(InstanceDetail.LIMIT))
        .send().join().items().stream()
        .map(found -> camunda.newDecisionInstanceGetRequest(found.getDecisionInstanceId()).send().join())
        .map(d -> row(d, elementNames))
        .toList();
  }

  private static DecisionRow row(DecisionInstance d, Map<Long, String> elementNames) {
    String step = d.getElementInstanceKey() == null ? "" : elementNames.getOrDefault(d.getElementInstanceKey(), "");
    String decision = d.getDecisionDefinitionName() != null ? d.getDecisionDefinitionName() : d.getDecisionDefinitionId();
    List<String> inputs = d.getEvaluatedInputs() == null ? List.of() : d.getEvaluatedInputs().stream()
        .map(InstanceDecisions::input).toList();
    List<String> rules = d.getMatchedRules() == null ? List.of() : d.getMatchedRules().stream()
        .map(InstanceDecisions::rule).toList();
    return new DecisionRow(step, decision, d.getState() != null && "FAILED".equals(d.getState().name()),
        d.getResult(), d.getEvaluationFailure(), inputs, rules);
  }

  private static String input(EvaluatedDecisionInput input) {
    String name = input.getInputName() == null || input.getInputName().isBlank() ? input.getInputId() : input.getInputName();
    return name + " = " + input.getInputValue();
  }

  private static String rule(MatchedDecisionRule rule) {
    return rule.getRuleIndex() + ": " + rule.getEvaluatedOutputs().stream()
        .map(InstanceDecisions::output).collect(Collectors.joining(", "));
  }

  private static String output(EvaluatedDecisionOutput output) {
    String name = output.getOutputName() == null || output.getOutputName().isBlank()
        ? output.getOutputId() : output.getOutputName();
    return name + " = " + output.getOutputValue();
  }
}

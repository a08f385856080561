package nl.stedendriehoek.kringloop.engine.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** What execution needs of decisions: the latest version by id, and its evaluation. */
public interface DecisionLookup {

  Optional<DeployedDecision> latest(String decisionId);

  DecisionEvaluation evaluate(DeployedDecision decision, Map<String, JsonNode> variables);
}

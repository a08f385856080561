package nl.stedendriehoek.kringloop.engine.decision;

/** One version of a decision, inside one version of its decision requirements (DMN resource). */
public record DeployedDecision(
    long key, String decisionId, String name, int version, long decisionRequirementsKey,
    String decisionRequirementsId) {}

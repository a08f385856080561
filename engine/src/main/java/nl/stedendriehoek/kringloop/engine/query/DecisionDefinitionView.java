package nl.stedendriehoek.kringloop.engine.query;

/** A deployed decision (one version of a decision id) inside its decision requirements (DMN resource). */
public record DecisionDefinitionView(
    long decisionDefinitionKey, String decisionDefinitionId, String name, int version,
    long decisionRequirementsKey, String decisionRequirementsId) {}

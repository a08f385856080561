package nl.stedendriehoek.kringloop.engine.query;

/** A deployed DMN resource (decision requirements graph), versioned per its id. */
public record DecisionRequirementsView(
    long decisionRequirementsKey, String decisionRequirementsId, int version, String resourceName) {}

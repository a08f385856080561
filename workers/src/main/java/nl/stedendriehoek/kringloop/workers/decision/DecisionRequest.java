package nl.stedendriehoek.kringloop.workers.decision;

/** A decision as the AB's form and the process deliver it, before it enters the register. */
public record DecisionRequest(
    String yearCode,
    DecisionGate gate,
    int round,
    DecisionOutcome outcome,
    String rationale,
    String changes,
    String decidedBy) {}

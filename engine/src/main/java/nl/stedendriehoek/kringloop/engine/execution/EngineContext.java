package nl.stedendriehoek.kringloop.engine.execution;

import java.time.InstantSource;
import nl.stedendriehoek.kringloop.engine.decision.DecisionLookup;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator;
import nl.stedendriehoek.kringloop.engine.state.KeyGenerator;

/** The shared, thread-safe parts every command execution uses. */
public record EngineContext(
    InstantSource clock, KeyGenerator keys, FeelEvaluator feel, Behaviors behaviors, FormLookup forms,
    DecisionLookup decisions) {}

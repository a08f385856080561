package nl.stedendriehoek.kringloop.engine.execution;

import java.time.InstantSource;
import nl.stedendriehoek.kringloop.engine.decision.DecisionLookup;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator;
import nl.stedendriehoek.kringloop.engine.state.KeyGenerator;
import nl.stedendriehoek.kringloop.engine.subscription.Subscriptions;

/** The shared, thread-safe parts every command execution uses. */
public record EngineContext(
    InstantSource clock, KeyGenerator keys, FeelEvaluator feel, Behaviors behaviors, FormLookup forms,
    DecisionLookup decisions, Subscriptions subscriptions) {}

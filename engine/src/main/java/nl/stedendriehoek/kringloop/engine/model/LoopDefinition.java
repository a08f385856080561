package nl.stedendriehoek.kringloop.engine.model;

import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * The {@code zeebe:loopCharacteristics} of a multi-instance activity.
 *
 * @param sequential one instance at a time (true) or all at once (false, the default)
 * @param inputCollection FEEL that must yield an array; one instance per element
 * @param inputElement local variable of each instance holding its element, or null
 * @param outputCollection variable collecting each instance's output element, or null
 * @param outputElement FEEL evaluated when an instance completes, or null
 * @param outputElementVariable when {@code outputElement} is a plain variable path, its first
 *     segment: created as a (null) local variable of each instance, as in Camunda 8
 * @param completionCondition FEEL evaluated after each completed instance, or null
 */
public record LoopDefinition(
    boolean sequential,
    Expression inputCollection,
    String inputElement,
    String outputCollection,
    Expression outputElement,
    String outputElementVariable,
    Expression completionCondition) {}

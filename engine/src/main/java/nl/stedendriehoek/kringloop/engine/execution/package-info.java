/**
 * Running a command on one locked process instance: the element lifecycle ({@link
 * nl.stedendriehoek.kringloop.engine.execution.Execution}), joins, variable scopes and mappings, and one behaviour per
 * element type in {@code task}, {@code gateway}, {@code event} and {@code container}.
 */
package nl.stedendriehoek.kringloop.engine.execution;

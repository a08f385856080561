/**
 * Resource deletion (Camunda's {@code DeleteResource}): a process definition, a decision
 * requirements graph with its decisions, or a form stops being deployed. The row stays, marked
 * deleted, so history keeps its references and version numbers are never reused.
 */
package nl.stedendriehoek.kringloop.engine.deletion;

/**
 * The executable graph: BPMN parsed with zeebe-bpmn-model, validated (Camunda's rules and ours),
 * transformed into immutable elements with every FEEL expression parsed once, at deployment.
 */
package nl.stedendriehoek.kringloop.engine.model;

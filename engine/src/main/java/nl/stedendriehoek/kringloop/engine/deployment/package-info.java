/**
 * Deploying BPMN, DMN and form resources all-or-nothing, versioning them, and caching the
 * executable graphs per process definition.
 */
package nl.stedendriehoek.kringloop.engine.deployment;

package nl.stedendriehoek.kringloop.engine.deployment;

import nl.stedendriehoek.kringloop.engine.model.ExecutableProcess;

/** A process definition together with its executable graph. */
public record DeployedProcess(ProcessDefinition definition, ExecutableProcess graph) {}

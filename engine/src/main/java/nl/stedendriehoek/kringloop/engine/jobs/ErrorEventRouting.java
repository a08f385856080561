package nl.stedendriehoek.kringloop.engine.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * Finds the catch event for an error a job worker threw: the nearest error boundary event matching
 * the code (or catching all), from the throwing element outwards (see {@link
 * nl.stedendriehoek.kringloop.engine.execution.ErrorEvents}). When nothing catches it the caller
 * raises an incident. Error event sub-processes and calling instances are searched too.
 */
public class ErrorEventRouting {

  /** Returns true when a catch event took over; false when the error is unhandled. */
  public boolean catchError(
      Execution execution, ElementInstance thrower, String errorCode, Map<String, JsonNode> variables) {
    return execution.errors().catchError(thrower, errorCode, variables);
  }
}

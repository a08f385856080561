package nl.stedendriehoek.kringloop.engine.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * Finds the catch event for a thrown error: the nearest error boundary event or error event
 * sub-process matching the code, from the throwing element outwards. Engine I has no catch events
 * yet (they are refused at deployment), so nothing is caught and the caller raises an incident;
 * Engine II fills this in without touching the job commands.
 */
public class ErrorEventRouting {

  /** Returns true when a catch event took over; false when the error is unhandled. */
  public boolean catchError(
      Execution execution, ElementInstance thrower, String errorCode, Map<String, JsonNode> variables) {
    return false;
  }
}

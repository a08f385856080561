package nl.stedendriehoek.kringloop.console.operate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.statistics.response.ProcessElementStatistics;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the bpmn-js viewer draws on top of the diagram, as JSON in a data attribute: per element
 * the active, incident, completed and canceled counts, and the sequence flows taken (the path).
 */
final class DiagramOverlays {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DiagramOverlays() {}

  static String json(List<ProcessElementStatistics> statistics, Collection<String> takenFlows) {
    List<Map<String, Object>> elements = statistics.stream().map(DiagramOverlays::element).toList();
    Map<String, Object> overlays = new LinkedHashMap<>();
    overlays.put("elements", elements);
    overlays.put("taken", List.copyOf(takenFlows));
    try {
      return JSON.writeValueAsString(overlays);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> element(ProcessElementStatistics s) {
    Map<String, Object> element = new LinkedHashMap<>();
    element.put("id", s.getElementId());
    element.put("active", count(s.getActive()));
    element.put("incidents", count(s.getIncidents()));
    element.put("completed", count(s.getCompleted()));
    element.put("canceled", count(s.getCanceled()));
    return element;
  }

  static long count(Long value) {
    return value == null ? 0 : value;
  }
}

package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.ProcessElementStatisticsResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ElementInstanceView;

/** Counts element instances per element: active, completed, canceled and with an incident. */
final class ElementStatistics {

  private ElementStatistics() {}

  static List<ProcessElementStatisticsResult> of(List<ElementInstanceView> elements) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (ElementInstanceView e : elements) {
      if ("SEQUENCE_FLOW".equals(e.type())) {
        continue;
      }
      long[] c = counts.computeIfAbsent(e.elementId(), id -> new long[4]);
      switch (RestViews.elementState(e.state())) {
        case COMPLETED -> c[1]++;
        case TERMINATED -> c[2]++;
        default -> c[0]++;
      }
      if (e.hasIncident()) {
        c[3]++;
      }
    }
    List<ProcessElementStatisticsResult> result = new ArrayList<>();
    counts.forEach((id, c) -> result.add(new ProcessElementStatisticsResult()
        .elementId(id).active(c[0]).completed(c[1]).canceled(c[2]).incidents(c[3])));
    return result;
  }
}

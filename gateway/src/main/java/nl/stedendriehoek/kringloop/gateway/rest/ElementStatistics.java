package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.ProcessElementStatisticsResult;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.query.ElementStatistic;

/** The engine's per-element counts (active, completed, canceled, with an incident) in the client's shape. */
final class ElementStatistics {

  private ElementStatistics() {}

  static List<ProcessElementStatisticsResult> of(List<ElementStatistic> statistics) {
    return statistics.stream().map(s -> new ProcessElementStatisticsResult().elementId(s.elementId())
        .active(s.active()).completed(s.completed()).canceled(s.canceled()).incidents(s.incidents())).toList();
  }
}

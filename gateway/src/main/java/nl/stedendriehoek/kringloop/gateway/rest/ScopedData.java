package nl.stedendriehoek.kringloop.gateway.rest;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceView;

/**
 * Element instances and variables are read per process instance. A search that names one reads
 * one; a search (or a get by key) without reads every instance's, which is fine for the embedded
 * scale and documented as such in docs/compatibility.md.
 */
final class ScopedData {

  private ScopedData() {}

  static <T> List<T> read(EngineQueries queries, Optional<Long> processInstanceKey, LongFunction<List<T>> perInstance) {
    Stream<Long> instances = processInstanceKey.map(Stream::of).orElseGet(() -> queries
        .processInstances(new ProcessInstanceFilter(null, null)).stream().map(ProcessInstanceView::processInstanceKey));
    return instances.flatMap(key -> perInstance.apply(key).stream()).toList();
  }
}

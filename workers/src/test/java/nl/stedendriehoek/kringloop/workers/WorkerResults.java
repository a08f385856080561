package nl.stedendriehoek.kringloop.workers;

import java.util.List;
import java.util.Map;

/** Typed reads of a worker's result map, as the engine would merge it into the process. */
public final class WorkerResults {

  private WorkerResults() {}

  @SuppressWarnings("unchecked")
  public static <T> List<T> list(Map<String, Object> result, String name) {
    return (List<T>) result.get(name);
  }
}

package nl.stedendriehoek.kringloop.engine.query;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a search, the number of all matches, and cursors that continue the search
 * from either end of the page (null when the page is empty).
 */
public record SearchPage<T>(List<T> items, long totalItems, String startCursor, String endCursor) {

  public <R> SearchPage<R> map(Function<T, R> mapping) {
    return new SearchPage<>(items.stream().map(mapping).toList(), totalItems, startCursor, endCursor);
  }
}

package nl.stedendriehoek.kringloop.engine.query;

import java.util.List;

/**
 * A search as the Camunda 8 API expresses it: a filter, an order and a page. Without a sort the
 * order is by key; the key always breaks ties, so pages never overlap or skip.
 *
 * @param from offset of the first item when neither cursor is given
 * @param after cursor ({@link SearchPage#endCursor()}) after which the page starts
 * @param before cursor ({@link SearchPage#startCursor()}) before which the page ends
 */
public record Search(Filter filter, List<Sort> sort, int from, int limit, String after, String before) {

  public record Sort(String field, boolean descending) {}

  public static Search of(Filter filter, int limit) {
    return new Search(filter, List.of(), 0, limit, null, null);
  }
}

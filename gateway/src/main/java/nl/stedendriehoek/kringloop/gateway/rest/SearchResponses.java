package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import nl.stedendriehoek.kringloop.engine.query.SearchPage;

/** A page from the engine in the client's shape: {@code {items, page:{totalItems, …Cursor}}}. */
final class SearchResponses {

  private SearchResponses() {}

  static <T> ObjectNode of(ObjectMapper mapper, SearchPage<T> page, Function<T, ?> toResult) {
    ObjectNode response = mapper.createObjectNode();
    ArrayNode items = response.putArray("items");
    page.items().forEach(item -> items.add(mapper.valueToTree(toResult.apply(item))));
    ObjectNode meta = response.putObject("page");
    meta.put("totalItems", page.totalItems());
    meta.put("hasMoreTotalItems", false);
    if (page.startCursor() != null) {
      meta.put("startCursor", page.startCursor());
      meta.put("endCursor", page.endCursor());
    }
    return response;
  }
}

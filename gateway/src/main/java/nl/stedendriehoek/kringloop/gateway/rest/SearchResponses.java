package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.stedendriehoek.kringloop.engine.query.SearchPage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page from the engine in the client's shape: {@code {items, page:{totalItems, …Cursor}}},
 * written straight to JSON bytes (no intermediate tree: a page may hold thousands of items).
 */
final class SearchResponses {

  private SearchResponses() {}

  static <T> ResponseEntity<byte[]> of(ObjectMapper mapper, SearchPage<T> page, Function<T, ?> toResult) {
    List<Object> items = page.items().stream().<Object>map(toResult).toList();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("totalItems", page.totalItems());
    meta.put("hasMoreTotalItems", false);
    if (page.startCursor() != null) {
      meta.put("startCursor", page.startCursor());
      meta.put("endCursor", page.endCursor());
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("items", items);
    response.put("page", meta);
    try {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(mapper.writeValueAsBytes(response));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write a search result as JSON", e);
    }
  }
}

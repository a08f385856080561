package nl.stedendriehoek.kringloop.gateway.rest;

import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.gateway.Keys;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v2/resources/{resourceKey}/deletion}: deletes a deployed process definition,
 * decision requirements graph or form, like gRPC {@code DeleteResource}. Answers 200 without a
 * body, as Camunda 8.8 does (the 8.8 client reads none); unknown key 404, a process definition
 * with running instances 409.
 */
@RestController
@RequestMapping("/v2/resources")
class ResourceController {

  /**
   * The request body. The 8.8 client sends only {@code operationReference}; {@code deleteHistory}
   * (newer clients) is accepted, but history is always kept (docs/compatibility.md).
   */
  record DeletionRequest(Long operationReference, Boolean deleteHistory) {}

  private final EngineService engine;
  private final JsonBodies bodies;

  ResourceController(EngineService engine, JsonBodies bodies) {
    this.engine = engine;
    this.bodies = bodies;
  }

  @PostMapping("/{resourceKey}/deletion")
  ResponseEntity<Void> delete(@PathVariable String resourceKey, @RequestBody(required = false) byte[] body) {
    long key = Keys.parse("resourceKey", resourceKey);
    DeletionRequest request = bodies.read(body, DeletionRequest.class);
    engine.deleteResource(key, request.operationReference());
    return ResponseEntity.ok().build();
  }
}

package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.protocol.rest.CorrelatedMessageSubscriptionResult;
import io.camunda.client.protocol.rest.MessageCorrelationRequest;
import io.camunda.client.protocol.rest.MessageCorrelationResult;
import io.camunda.client.protocol.rest.MessagePublicationRequest;
import io.camunda.client.protocol.rest.MessagePublicationResult;
import io.camunda.client.protocol.rest.MessageSubscriptionResult;
import io.camunda.client.protocol.rest.MessageSubscriptionStateEnum;
import java.time.Duration;
import nl.stedendriehoek.kringloop.engine.api.CorrelatedMessageView;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.MessageCorrelated;
import nl.stedendriehoek.kringloop.engine.api.MessageSubscriptionQueries;
import nl.stedendriehoek.kringloop.engine.api.MessageSubscriptionView;
import nl.stedendriehoek.kringloop.engine.api.PublishMessage;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.Tenants;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v2/messages}: publication and correlation; {@code /v2/message-subscriptions/search} and
 * {@code /v2/correlated-message-subscriptions/search}.
 */
@RestController
@RequestMapping("/v2")
class MessageController {

  private final EngineService engine;
  private final MessageSubscriptionQueries subscriptions;
  private final JsonBodies bodies;
  private final InMemorySearch search;

  MessageController(
      EngineService engine, MessageSubscriptionQueries subscriptions, JsonBodies bodies, InMemorySearch search) {
    this.engine = engine;
    this.subscriptions = subscriptions;
    this.bodies = bodies;
    this.search = search;
  }

  @PostMapping("/messages/publication")
  MessagePublicationResult publish(@RequestBody(required = false) byte[] body) {
    MessagePublicationRequest request = bodies.read(body, MessagePublicationRequest.class);
    Tenants.check(request.getTenantId());
    long key = engine.publishMessage(new PublishMessage(request.getName(), request.getCorrelationKey(),
        request.getTimeToLive() == null ? null : Duration.ofMillis(request.getTimeToLive()), request.getMessageId(),
        request.getVariables()));
    return new MessagePublicationResult().messageKey(Keys.format(key)).tenantId(Tenants.DEFAULT);
  }

  @PostMapping("/messages/correlation")
  MessageCorrelationResult correlate(@RequestBody(required = false) byte[] body) {
    MessageCorrelationRequest request = bodies.read(body, MessageCorrelationRequest.class);
    Tenants.check(request.getTenantId());
    MessageCorrelated correlated =
        engine.correlateMessage(request.getName(), request.getCorrelationKey(), request.getVariables());
    return new MessageCorrelationResult().messageKey(Keys.format(correlated.messageKey()))
        .processInstanceKey(Keys.format(correlated.processInstanceKey())).tenantId(Tenants.DEFAULT);
  }

  @PostMapping("/message-subscriptions/search")
  ObjectNode searchSubscriptions(@RequestBody(required = false) byte[] body) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    Long instance = Keys.parseOptional("filter.processInstanceKey", query.equalTo("processInstanceKey").orElse(null));
    return search.run(query, subscriptions.messageSubscriptions(instance).stream().map(MessageController::view).toList(),
        search.fieldsOf(MessageSubscriptionResult.class), SearchQuery.Aliases.none());
  }

  @PostMapping("/correlated-message-subscriptions/search")
  ObjectNode searchCorrelated(@RequestBody(required = false) byte[] body) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    Long instance = Keys.parseOptional("filter.processInstanceKey", query.equalTo("processInstanceKey").orElse(null));
    return search.run(query, subscriptions.correlatedMessages(instance).stream().map(MessageController::view).toList(),
        search.fieldsOf(CorrelatedMessageSubscriptionResult.class), SearchQuery.Aliases.none());
  }

  private static CorrelatedMessageSubscriptionResult view(CorrelatedMessageView c) {
    return new CorrelatedMessageSubscriptionResult()
        .messageKey(Keys.format(c.messageKey()))
        .subscriptionKey(Keys.format(c.subscriptionKey()))
        .processInstanceKey(Keys.format(c.processInstanceKey()))
        .processDefinitionKey(Keys.format(c.processDefinitionKey()))
        .processDefinitionId(c.bpmnProcessId())
        .elementId(c.elementId())
        .elementInstanceKey(Keys.format(c.elementInstanceKey()))
        .messageName(c.messageName())
        .correlationKey(c.correlationKey())
        .correlationTime(c.correlationTime().toString())
        .partitionId(1)
        .tenantId(Tenants.DEFAULT);
  }

  private static MessageSubscriptionResult view(MessageSubscriptionView s) {
    return new MessageSubscriptionResult()
        .messageSubscriptionKey(Keys.format(s.key()))
        .processDefinitionId(s.bpmnProcessId())
        .processDefinitionKey(Keys.format(s.processDefinitionKey()))
        .processInstanceKey(Keys.format(s.processInstanceKey()))
        .elementId(s.elementId())
        .elementInstanceKey(Keys.format(s.elementInstanceKey()))
        .messageSubscriptionState(MessageSubscriptionStateEnum.fromValue(s.state()))
        .lastUpdatedDate(s.lastUpdatedDate().toString())
        .messageName(s.messageName())
        .correlationKey(s.correlationKey())
        .tenantId(Tenants.DEFAULT);
  }
}

-- Engine II: messages and signals.
--
-- message: published messages. A message with a time-to-live stays BUFFERED until it expires (by
-- the engine clock); one with TTL 0 is stored only for the history and its pending deliveries.
-- While buffered, (name, correlation key, message id) is unique: a second publication is refused.
CREATE TABLE engine.message (
  key               bigint PRIMARY KEY,
  name              text NOT NULL,
  correlation_key   text NOT NULL,
  message_id        text,
  variables         jsonb NOT NULL,
  published_at      timestamptz NOT NULL,
  expires_at        timestamptz NOT NULL,
  state             text NOT NULL
);
CREATE UNIQUE INDEX message_id_while_buffered ON engine.message (name, correlation_key, message_id)
  WHERE message_id IS NOT NULL AND state = 'BUFFERED';
CREATE INDEX message_buffered ON engine.message (name, correlation_key) WHERE state = 'BUFFERED';
CREATE INDEX message_expiry ON engine.message (expires_at) WHERE state = 'BUFFERED';

-- event_subscription: what waits for a message or a signal. A start event's subscription belongs
-- to a process definition (no instance keys); an instance's belongs to the element instance that
-- owns it (the catch event, receive task, event-based gateway, or the activity of a boundary event)
-- and is closed when that element instance is left.
CREATE TABLE engine.event_subscription (
  key                    bigint PRIMARY KEY,
  kind                   text NOT NULL,
  event_name             text NOT NULL,
  correlation_key        text,
  process_definition_key bigint NOT NULL,
  bpmn_process_id        text NOT NULL,
  process_instance_key   bigint,
  element_instance_key   bigint,
  target_element_id      text NOT NULL,
  interrupting           boolean NOT NULL,
  state                  text NOT NULL,
  created_at             timestamptz NOT NULL
);
CREATE INDEX event_subscription_open_by_name ON engine.event_subscription (kind, event_name, correlation_key)
  WHERE state = 'OPEN';
CREATE INDEX event_subscription_open_by_owner ON engine.event_subscription (element_instance_key)
  WHERE state = 'OPEN';
CREATE INDEX event_subscription_start_events ON engine.event_subscription (bpmn_process_id)
  WHERE process_instance_key IS NULL AND state = 'OPEN';
CREATE INDEX event_subscription_by_instance ON engine.event_subscription (process_instance_key);

-- event_delivery: a message or signal on its way to one subscription. Written in the transaction
-- that publishes (or throws), carried out in the subscriber's own transaction right after commit,
-- and again by the scheduler when the engine stopped in between: nothing is lost, and the unique
-- index makes a message reach each process (BPMN process id) at most once.
CREATE TABLE engine.event_delivery (
  key                    bigint PRIMARY KEY,
  subscription_key       bigint NOT NULL,
  bpmn_process_id        text NOT NULL,
  process_instance_key   bigint,
  message_key            bigint,
  variables              jsonb NOT NULL,
  state                  text NOT NULL,
  created_at             timestamptz NOT NULL
);
CREATE UNIQUE INDEX event_delivery_once_per_process ON engine.event_delivery (message_key, bpmn_process_id)
  WHERE message_key IS NOT NULL AND state <> 'REJECTED';
CREATE INDEX event_delivery_pending ON engine.event_delivery (created_at) WHERE state = 'PENDING';
CREATE INDEX event_delivery_by_instance ON engine.event_delivery (process_instance_key);

-- message_start: instances created by a message start event with a correlation key, so that only
-- one instance per key and process is active at a time.
CREATE TABLE engine.message_start (
  process_instance_key bigint PRIMARY KEY,
  bpmn_process_id      text NOT NULL,
  correlation_key      text NOT NULL
);
CREATE INDEX message_start_by_key ON engine.message_start (bpmn_process_id, correlation_key);

-- Runtime state of the engine. Every table is written by the engine only; queries read the same
-- tables, so what a command committed is visible at once.

CREATE TABLE engine.deployment (
  key         bigint PRIMARY KEY,
  created_at  timestamptz NOT NULL
);

CREATE TABLE engine.process_definition (
  key             bigint PRIMARY KEY,
  bpmn_process_id text NOT NULL,
  version         integer NOT NULL,
  version_tag     text,
  name            text,
  resource_name   text NOT NULL,
  checksum        bytea NOT NULL,
  deployment_key  bigint NOT NULL REFERENCES engine.deployment (key),
  resource        bytea NOT NULL,
  deployed_at     timestamptz NOT NULL,
  CONSTRAINT process_definition_version UNIQUE (bpmn_process_id, version)
);

-- Forms and decision resources (DMN is stored now and evaluated by a later engine issue).
CREATE TABLE engine.resource (
  key             bigint PRIMARY KEY,
  kind            text NOT NULL,
  resource_id     text NOT NULL,
  version         integer NOT NULL,
  resource_name   text NOT NULL,
  checksum        bytea NOT NULL,
  deployment_key  bigint NOT NULL REFERENCES engine.deployment (key),
  content         bytea NOT NULL,
  deployed_at     timestamptz NOT NULL,
  CONSTRAINT resource_version UNIQUE (kind, resource_id, version)
);

CREATE TABLE engine.process_instance (
  key                    bigint PRIMARY KEY,
  process_definition_key bigint NOT NULL,
  bpmn_process_id        text NOT NULL,
  version                integer NOT NULL,
  state                  text NOT NULL,
  start_date             timestamptz NOT NULL,
  end_date               timestamptz
);
CREATE INDEX process_instance_by_process ON engine.process_instance (bpmn_process_id, key);
CREATE INDEX process_instance_by_state ON engine.process_instance (state, key);

-- One row per element instance; the process instance itself is the root (key = process instance
-- key, no flow scope). taken_flows counts tokens waiting at joining gateways of this flow scope.
CREATE TABLE engine.element_instance (
  key                    bigint PRIMARY KEY,
  process_instance_key   bigint NOT NULL,
  process_definition_key bigint NOT NULL,
  bpmn_process_id        text NOT NULL,
  element_id             text NOT NULL,
  element_type           text NOT NULL,
  flow_scope_key         bigint,
  state                  text NOT NULL,
  start_date             timestamptz NOT NULL,
  end_date               timestamptz,
  taken_flows            jsonb
);
CREATE INDEX element_instance_active ON engine.element_instance (process_instance_key)
  WHERE state IN ('ACTIVATING', 'ACTIVATED', 'COMPLETING', 'TERMINATING');
CREATE INDEX element_instance_by_instance ON engine.element_instance (process_instance_key, key);

CREATE TABLE engine.variable (
  key                  bigint PRIMARY KEY,
  scope_key            bigint NOT NULL,
  process_instance_key bigint NOT NULL,
  name                 text NOT NULL,
  value                jsonb NOT NULL,
  CONSTRAINT variable_name_in_scope UNIQUE (scope_key, name)
);
CREATE INDEX variable_by_instance ON engine.variable (process_instance_key);

CREATE TABLE engine.job (
  key                    bigint PRIMARY KEY,
  type                   text NOT NULL,
  state                  text NOT NULL,
  retries                integer NOT NULL,
  worker                 text,
  deadline               timestamptz,
  activatable_at         timestamptz,
  error_message          text,
  error_code             text,
  custom_headers         jsonb NOT NULL,
  process_instance_key   bigint NOT NULL,
  element_instance_key   bigint NOT NULL,
  element_id             text NOT NULL,
  process_definition_key bigint NOT NULL,
  bpmn_process_id        text NOT NULL,
  process_version        integer NOT NULL,
  created_at             timestamptz NOT NULL
);
CREATE INDEX job_activatable ON engine.job (type, key) WHERE state = 'ACTIVATABLE';
CREATE INDEX job_deadline ON engine.job (deadline) WHERE state = 'ACTIVATED';
CREATE INDEX job_backoff ON engine.job (activatable_at)
  WHERE state = 'ACTIVATABLE' AND activatable_at IS NOT NULL;
CREATE INDEX job_by_instance ON engine.job (process_instance_key);
CREATE INDEX job_by_element_instance ON engine.job (element_instance_key);

CREATE TABLE engine.user_task (
  key                     bigint PRIMARY KEY,
  state                   text NOT NULL,
  element_instance_key    bigint NOT NULL,
  process_instance_key    bigint NOT NULL,
  process_definition_key  bigint NOT NULL,
  bpmn_process_id         text NOT NULL,
  process_version         integer NOT NULL,
  element_id              text NOT NULL,
  assignee                text,
  candidate_groups        text[] NOT NULL,
  candidate_users         text[] NOT NULL,
  due_date                timestamptz,
  follow_up_date          timestamptz,
  priority                integer NOT NULL,
  form_key                bigint,
  external_form_reference text,
  custom_headers          jsonb NOT NULL,
  creation_date           timestamptz NOT NULL,
  completion_date         timestamptz
);
CREATE INDEX user_task_by_state ON engine.user_task (state, key);
CREATE INDEX user_task_by_assignee ON engine.user_task (assignee, key);
CREATE INDEX user_task_by_candidate_group ON engine.user_task USING gin (candidate_groups);
CREATE INDEX user_task_by_instance ON engine.user_task (process_instance_key);
CREATE INDEX user_task_by_element_instance ON engine.user_task (element_instance_key);

CREATE TABLE engine.incident (
  key                    bigint PRIMARY KEY,
  state                  text NOT NULL,
  error_type             text NOT NULL,
  error_message          text NOT NULL,
  process_instance_key   bigint NOT NULL,
  process_definition_key bigint NOT NULL,
  bpmn_process_id        text NOT NULL,
  element_instance_key   bigint NOT NULL,
  element_id             text NOT NULL,
  job_key                bigint,
  creation_time          timestamptz NOT NULL
);
CREATE INDEX incident_by_instance ON engine.incident (process_instance_key);
CREATE INDEX incident_by_state ON engine.incident (state, key);
CREATE INDEX incident_by_element_instance ON engine.incident (element_instance_key);

-- Append-only history: one row per state change, like Zeebe's exported records.
CREATE TABLE engine.record (
  position             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key                  bigint NOT NULL,
  value_type           text NOT NULL,
  intent               text NOT NULL,
  timestamp            timestamptz NOT NULL,
  process_instance_key bigint,
  element_id           text,
  payload              jsonb NOT NULL
);
CREATE INDEX record_by_instance ON engine.record (process_instance_key, position);
CREATE INDEX record_by_key ON engine.record (key, position);

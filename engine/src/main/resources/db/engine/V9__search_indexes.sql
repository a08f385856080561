-- Searches run in SQL (engine.query): indexes for the filters and orders Operate's instance list
-- and the Tasklist inbox use, so a first page stays fast with 100,000 instances or 5,000 open tasks.
CREATE INDEX process_instance_by_start_date ON engine.process_instance (start_date, key);
CREATE INDEX process_instance_by_definition ON engine.process_instance (process_definition_key, key);
-- (children by parent: process_instance_by_parent, V8)
-- hasIncident of an instance (every row of the list) looks only at open incidents.
CREATE INDEX incident_open_by_instance ON engine.incident (process_instance_key) WHERE state = 'ACTIVE';
-- The inbox orders open tasks by due date, priority or creation; candidate users like groups.
CREATE INDEX user_task_open_by_due_date ON engine.user_task (due_date, key) WHERE state = 'CREATED';
CREATE INDEX user_task_open_by_priority ON engine.user_task (priority, key) WHERE state = 'CREATED';
CREATE INDEX user_task_open_by_creation ON engine.user_task (creation_date, key) WHERE state = 'CREATED';
CREATE INDEX user_task_by_candidate_user ON engine.user_task USING gin (candidate_users);
-- Element statistics of a process definition count its element instances.
CREATE INDEX element_instance_by_definition ON engine.element_instance (process_definition_key);
-- The variables filter of the instance list (name = value) is a semi-join on variables; without
-- joint statistics PostgreSQL guesses its selectivity 25x too low and probes per row instead of
-- hashing once. Statistics only: no cost on writes.
CREATE STATISTICS engine.variable_name_value ON name, (value::text) FROM engine.variable;

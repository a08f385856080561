-- Engine II: cron timer cycles (`0 0 9 * * MON`, as Camunda 8 accepts in timeCycle). A cron timer
-- repeats without end; after each firing its next due date is computed from the expression (UTC).
ALTER TABLE engine.timer ADD COLUMN repeat_cron text;

-- An incident anywhere below a process instance (in a called child, grandchild …) shows on the
-- parent as Camunda's `hasIncident` does; the query walks down by parent.
CREATE INDEX process_instance_by_parent ON engine.process_instance (parent_process_instance_key)
  WHERE parent_process_instance_key IS NOT NULL;

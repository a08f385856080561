-- Engine II: timers of timer start events belong to a process definition, not to an instance.
ALTER TABLE engine.timer
  ALTER COLUMN process_instance_key DROP NOT NULL,
  ALTER COLUMN element_instance_key DROP NOT NULL,
  ADD COLUMN process_definition_key bigint;

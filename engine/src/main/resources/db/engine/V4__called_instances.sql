-- Engine II: a process instance started by a call activity knows its parent instance and the
-- call activity's element instance (to complete it, and to be found when it is terminated).
ALTER TABLE engine.process_instance
  ADD COLUMN parent_process_instance_key bigint,
  ADD COLUMN parent_element_instance_key bigint;
CREATE INDEX process_instance_by_parent_element ON engine.process_instance (parent_element_instance_key)
  WHERE parent_element_instance_key IS NOT NULL;

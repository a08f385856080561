-- Resource deletion (Camunda's DeleteResource): a deleted process definition, decision
-- requirements graph (with its decisions) or form keeps its row, marked with the time it was
-- deleted. Lookups, starts and searches skip deleted rows; the history of its instances and
-- decision evaluations keeps pointing at a row that still exists; and the next deployment of the
-- same id counts on from the highest version ever deployed, so a version number is never reused.
ALTER TABLE engine.process_definition ADD COLUMN deleted_at timestamptz;
ALTER TABLE engine.resource ADD COLUMN deleted_at timestamptz;
ALTER TABLE engine.decision ADD COLUMN deleted_at timestamptz;

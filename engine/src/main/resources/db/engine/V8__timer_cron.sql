-- Engine II: cron timer cycles (`0 0 9 * * MON`, as Camunda 8 accepts in timeCycle). A cron timer
-- repeats without end; after each firing its next due date is computed from the expression (UTC).
ALTER TABLE engine.timer ADD COLUMN repeat_cron text;

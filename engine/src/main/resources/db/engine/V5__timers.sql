-- Engine II: timers of intermediate timer catch events and boundary timer events. The scheduler
-- wakes at min(due_date) of the active ones; triggering re-checks the row under the instance lock,
-- so a stale or repeated trigger does nothing.
CREATE TABLE engine.timer (
  key                    bigint PRIMARY KEY,
  process_instance_key   bigint NOT NULL,
  element_instance_key   bigint NOT NULL,
  target_element_id      text NOT NULL,
  due_date               timestamptz NOT NULL,
  repetitions            integer NOT NULL,
  repeat_interval        text,
  state                  text NOT NULL,
  created_at             timestamptz NOT NULL
);
CREATE INDEX timer_due ON engine.timer (due_date) WHERE state = 'ACTIVE';
CREATE INDEX timer_active_by_instance ON engine.timer (process_instance_key) WHERE state = 'ACTIVE';

-- Tasklist drafts ("tussentijds opslaan"): a user's half-filled form answers for a user task,
-- kept until they complete it. Owned by the console (TaskDraft); lives here with the other
-- domain migrations so the domain schema has one Flyway history.
CREATE TABLE domain.task_draft (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_task_key bigint       NOT NULL,
    username      varchar(100) NOT NULL,
    data          text         NOT NULL,
    saved_at      timestamptz  NOT NULL,
    UNIQUE (user_task_key, username)
);

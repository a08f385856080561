-- The kwartiermaker year, part 1: the year itself, the theme scan per municipality, the focus
-- proposal with its focus points, the decisions register and the notification outbox.

CREATE TABLE domain.year (
    code              varchar(20) PRIMARY KEY CHECK (code ~ '^CE-[0-9]{4}$'),
    phase             varchar(40) NOT NULL
                      CHECK (phase IN ('THEMASCAN', 'FOCUSVOORSTEL', 'FOCUSPUNTEN_VASTGESTELD')),
    scan_deadline     date        NOT NULL,
    proposal_deadline date        NOT NULL,
    year_end          date        NOT NULL,
    meeting_rhythm    varchar(40),
    started_at        timestamptz NOT NULL,
    CHECK (scan_deadline <= proposal_deadline AND proposal_deadline <= year_end)
);

CREATE TABLE domain.year_municipality (
    year_code         varchar(20) NOT NULL REFERENCES domain.year (code),
    municipality_code varchar(40) NOT NULL REFERENCES domain.municipality (code),
    PRIMARY KEY (year_code, municipality_code)
);

-- One scan per municipality per year; answers are replaced when the municipality submits again.
CREATE TABLE domain.theme_scan (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year_code         varchar(20) NOT NULL REFERENCES domain.year (code),
    municipality_code varchar(40) NOT NULL REFERENCES domain.municipality (code),
    submitted_at      timestamptz NOT NULL,
    UNIQUE (year_code, municipality_code)
);

CREATE TABLE domain.theme_scan_answer (
    scan_id        bigint   NOT NULL REFERENCES domain.theme_scan (id) ON DELETE CASCADE,
    theme_number   smallint NOT NULL REFERENCES domain.theme (number),
    relevance      smallint NOT NULL CHECK (relevance BETWEEN 1 AND 5),
    current_policy text,
    ambition       text,
    capacity_hours integer  NOT NULL CHECK (capacity_hours >= 0),
    role           varchar(20) NOT NULL CHECK (role IN ('TREKKER', 'DEELNEMER', 'VOLGER', 'NIET')),
    PRIMARY KEY (scan_id, theme_number)
);

-- Every valid proposal the kwartiermaker submits is a round; invalid ones are never stored.
CREATE TABLE domain.focus_proposal (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year_code    varchar(20) NOT NULL REFERENCES domain.year (code),
    round        integer     NOT NULL CHECK (round >= 1),
    status       varchar(40) NOT NULL
                 CHECK (status IN ('INGEDIEND', 'VERVANGEN', 'AFGEWEZEN', 'GOEDGEKEURD',
                                   'GOEDGEKEURD_MET_WIJZIGINGEN', 'VASTGESTELD')),
    submitted_at timestamptz NOT NULL,
    UNIQUE (year_code, round)
);

CREATE TABLE domain.focus_point (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id            bigint      NOT NULL REFERENCES domain.focus_proposal (id) ON DELETE CASCADE,
    position               smallint    NOT NULL CHECK (position BETWEEN 1 AND 3),
    theme_number           smallint    NOT NULL REFERENCES domain.theme (number),
    project_idea           text        NOT NULL,
    lead_municipality_code varchar(40) NOT NULL REFERENCES domain.municipality (code),
    parts                  text,
    UNIQUE (proposal_id, position)
);

CREATE TABLE domain.focus_point_participation (
    focus_point_id    bigint      NOT NULL REFERENCES domain.focus_point (id) ON DELETE CASCADE,
    municipality_code varchar(40) NOT NULL REFERENCES domain.municipality (code),
    scope             varchar(20) NOT NULL CHECK (scope IN ('VOLLEDIG', 'ONDERDELEN')),
    PRIMARY KEY (focus_point_id, municipality_code)
);

CREATE TABLE domain.focus_point_objective (
    focus_point_id   bigint   NOT NULL REFERENCES domain.focus_point (id) ON DELETE CASCADE,
    objective_number smallint NOT NULL REFERENCES domain.objective (number),
    PRIMARY KEY (focus_point_id, objective_number)
);

-- The decisions register: what a gate decided, by whom and why. Append-only: never edited after
-- the fact, so the triggers below reject every UPDATE, DELETE and TRUNCATE.
CREATE TABLE domain.decision (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year_code    varchar(20)  NOT NULL REFERENCES domain.year (code),
    gate         varchar(40)  NOT NULL CHECK (gate IN ('FOCUSPUNTEN', 'JAARPLAN', 'GO_NO_GO')),
    round        integer      NOT NULL CHECK (round >= 1),
    outcome      varchar(40)  NOT NULL
                 CHECK (outcome IN ('GOEDGEKEURD', 'GOEDGEKEURD_MET_WIJZIGINGEN', 'AFGEWEZEN',
                                    'VOORTZETTEN', 'UITBREIDEN', 'AFSCHALEN', 'STOPPEN')),
    rationale    text,
    changes      text,
    decided_by   varchar(60)  NOT NULL,
    decided_at   timestamptz  NOT NULL,
    proposal_id  bigint REFERENCES domain.focus_proposal (id),
    UNIQUE (year_code, gate, round)
);

CREATE FUNCTION domain.reject_decision_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The decisions register is append-only: % on domain.decision is not allowed', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER decision_is_append_only
    BEFORE UPDATE OR DELETE ON domain.decision
    FOR EACH ROW EXECUTE FUNCTION domain.reject_decision_change();

CREATE TRIGGER decision_is_never_truncated
    BEFORE TRUNCATE ON domain.decision
    FOR EACH STATEMENT EXECUTE FUNCTION domain.reject_decision_change();

-- The outbox: one row per message to a group. A sender (SMTP when configured) marks it sent;
-- without a sender the console shows it. The job key makes a redelivered job a no-op.
CREATE TABLE domain.notification (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_key         bigint       NOT NULL,
    kind            varchar(30)  NOT NULL
                    CHECK (kind IN ('NIEUWE_TAAK', 'HERINNERING', 'ESCALATIE', 'BESLUIT_GEPUBLICEERD')),
    year_code       varchar(20)  REFERENCES domain.year (code),
    recipient_group varchar(60)  NOT NULL,
    subject         varchar(200) NOT NULL,
    body            text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    sent_at         timestamptz,
    UNIQUE (job_key, recipient_group)
);
CREATE INDEX notification_unsent ON domain.notification (created_at) WHERE sent_at IS NULL;

-- Part 2 of the year: the annual plan (a project per adopted focus point), execution (results with
-- evidence, quarterly progress), evaluation (findings, each municipality's position) and the
-- succession to the next year.

ALTER TABLE domain.year DROP CONSTRAINT year_phase_check;
ALTER TABLE domain.year ADD CONSTRAINT year_phase_check
    CHECK (phase IN ('THEMASCAN', 'FOCUSVOORSTEL', 'FOCUSPUNTEN_VASTGESTELD', 'JAARPLAN', 'UITVOERING',
                     'EVALUATIE', 'AFGESLOTEN'));

ALTER TABLE domain.document DROP CONSTRAINT document_kind_check;
ALTER TABLE domain.document ADD CONSTRAINT document_kind_check
    CHECK (kind IN ('SCANRAPPORT', 'FOCUSVOORSTEL', 'JAARPLAN', 'EVALUATIERAPPORT'));

-- One project per adopted focus point; its plan may change until the AB approves the annual plan.
CREATE TABLE domain.project (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year_code              varchar(20)  NOT NULL REFERENCES domain.year (code),
    position               smallint     NOT NULL CHECK (position BETWEEN 1 AND 3),
    theme_number           smallint     NOT NULL REFERENCES domain.theme (number),
    title                  varchar(200) NOT NULL,
    goals                  text         NOT NULL,
    lead_municipality_code varchar(40)  NOT NULL REFERENCES domain.municipality (code),
    budget_euros           integer      NOT NULL CHECK (budget_euros >= 0),
    hours                  integer      NOT NULL CHECK (hours >= 0),
    status                 varchar(20)  NOT NULL
                           CHECK (status IN ('GEPLAND', 'IN_UITVOERING', 'AFGEROND', 'NIET_VOLLEDIG')),
    UNIQUE (year_code, position)
);

CREATE TABLE domain.project_participant (
    project_id        bigint      NOT NULL REFERENCES domain.project (id) ON DELETE CASCADE,
    municipality_code varchar(40) NOT NULL REFERENCES domain.municipality (code),
    PRIMARY KEY (project_id, municipality_code)
);

CREATE TABLE domain.project_objective (
    project_id       bigint   NOT NULL REFERENCES domain.project (id) ON DELETE CASCADE,
    objective_number smallint NOT NULL REFERENCES domain.objective (number),
    PRIMARY KEY (project_id, objective_number)
);

CREATE TABLE domain.result (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id    bigint       NOT NULL REFERENCES domain.project (id) ON DELETE CASCADE,
    position      smallint     NOT NULL,
    description   varchar(500) NOT NULL,
    due_date      date         NOT NULL,
    status        varchar(20)  NOT NULL CHECK (status IN ('OPEN', 'GELEVERD', 'NIET_GELEVERD')),
    evidence      text,
    evidence_link varchar(500),
    delivered_by  varchar(60),
    delivered_at  timestamptz,
    UNIQUE (project_id, position)
);

-- Each round of the annual plan the AB decides on; the decision itself is in domain.decision.
CREATE TABLE domain.annual_plan (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year_code   varchar(20) NOT NULL REFERENCES domain.year (code),
    round       integer     NOT NULL CHECK (round >= 1),
    document_id bigint      REFERENCES domain.document (id),
    created_at  timestamptz NOT NULL,
    UNIQUE (year_code, round)
);

-- Quarterly progress per project; the job key makes a redelivered job a no-op.
CREATE TABLE domain.progress_report (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_key     bigint      NOT NULL UNIQUE,
    project_id  bigint      NOT NULL REFERENCES domain.project (id),
    status      varchar(20) NOT NULL CHECK (status IN ('OP_SCHEMA', 'RISICO', 'ACHTER')),
    report      text        NOT NULL,
    reported_by varchar(60),
    reported_at timestamptz NOT NULL
);

CREATE TABLE domain.evaluation (
    year_code   varchar(20) PRIMARY KEY REFERENCES domain.year (code),
    findings    text        NOT NULL,
    advice      varchar(20) NOT NULL CHECK (advice IN ('VOORTZETTEN', 'UITBREIDEN', 'AFSCHALEN', 'STOPPEN')),
    recorded_at timestamptz NOT NULL
);

CREATE TABLE domain.municipality_position (
    year_code         varchar(20) NOT NULL REFERENCES domain.year (code),
    municipality_code varchar(40) NOT NULL REFERENCES domain.municipality (code),
    position          varchar(20) NOT NULL
                      CHECK (position IN ('VOORTZETTEN', 'UITBREIDEN', 'AFSCHALEN', 'STOPPEN')),
    reasons           text        NOT NULL,
    PRIMARY KEY (year_code, municipality_code)
);

-- The next year a year led to (unless stopped): one successor per year, never two.
CREATE TABLE domain.year_succession (
    from_year_code       varchar(20) PRIMARY KEY REFERENCES domain.year (code),
    to_year_code         varchar(20) NOT NULL UNIQUE,
    process_instance_key bigint      NOT NULL,
    started_at           timestamptz NOT NULL
);

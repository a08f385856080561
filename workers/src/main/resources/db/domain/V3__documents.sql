-- Generated documents (PDF): the theme scan report and each round of the focus proposal. A
-- document is generated once per job (job_key) and never changed afterwards.
CREATE TABLE domain.document (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_key      bigint       NOT NULL UNIQUE,
    year_code    varchar(20)  NOT NULL REFERENCES domain.year (code),
    kind         varchar(30)  NOT NULL CHECK (kind IN ('SCANRAPPORT', 'FOCUSVOORSTEL')),
    title        varchar(200) NOT NULL,
    file_name    varchar(200) NOT NULL,
    content_type varchar(100) NOT NULL,
    content      bytea        NOT NULL,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX document_by_year ON domain.document (year_code, created_at);

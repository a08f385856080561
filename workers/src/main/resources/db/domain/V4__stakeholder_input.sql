-- Input of stakeholders (Circulus, knowledge institutions, businesses) to the theme scan of a year.
CREATE TABLE domain.stakeholder_input (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_key      bigint       NOT NULL UNIQUE,
    year_code    varchar(20)  NOT NULL REFERENCES domain.year (code),
    organisation varchar(200) NOT NULL,
    input        text         NOT NULL,
    created_at   timestamptz  NOT NULL
);

CREATE TABLE domain.stakeholder_input_theme (
    stakeholder_input_id bigint   NOT NULL REFERENCES domain.stakeholder_input (id) ON DELETE CASCADE,
    theme_number         smallint NOT NULL REFERENCES domain.theme (number),
    PRIMARY KEY (stakeholder_input_id, theme_number)
);

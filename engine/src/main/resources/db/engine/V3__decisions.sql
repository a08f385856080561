-- Engine II: the decisions inside deployed DMN resources (decision requirements), versioned per
-- decision id, so a business rule task finds the latest version of a decision by its id.
CREATE TABLE engine.decision (
  key                        bigint PRIMARY KEY,
  decision_id                text NOT NULL,
  decision_name              text,
  version                    integer NOT NULL,
  decision_requirements_key  bigint NOT NULL,
  decision_requirements_id   text NOT NULL,
  CONSTRAINT decision_version UNIQUE (decision_id, version)
);

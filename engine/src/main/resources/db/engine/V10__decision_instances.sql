-- Decision instances are the DECISION_EVALUATION records (business rule tasks and API evaluations);
-- their search reads them through this partial index instead of the whole history.
CREATE INDEX record_decision_evaluations ON engine.record (key) WHERE value_type = 'DECISION_EVALUATION';

-- A quarterly progress report is also kept as a generated document (PDF), like the annual plan and
-- the evaluation report.

ALTER TABLE domain.document DROP CONSTRAINT document_kind_check;
ALTER TABLE domain.document ADD CONSTRAINT document_kind_check
    CHECK (kind IN ('SCANRAPPORT', 'FOCUSVOORSTEL', 'JAARPLAN', 'VOORTGANGSRAPPORTAGE', 'EVALUATIERAPPORT'));

-- What process owners changed through Operate: variable edits, incident retries and cancellations,
-- with who did it and when. Append-only like the decisions register. Owned by the console
-- (operate/AuditEntry).
CREATE TABLE domain.operate_audit (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action               varchar(40)  NOT NULL
                         CHECK (action IN ('VARIABELE_GEWIJZIGD', 'INCIDENT_OPNIEUW', 'INSTANTIE_GEANNULEERD')),
    process_instance_key bigint       NOT NULL,
    scope_key            bigint,
    subject              varchar(255),
    old_value            text,
    new_value            text,
    username             varchar(100) NOT NULL,
    at                   timestamptz  NOT NULL
);
CREATE INDEX operate_audit_instance ON domain.operate_audit (process_instance_key, at);

CREATE FUNCTION domain.operate_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The Operate audit log is append-only (% refused)', TG_OP;
END
$$;
CREATE TRIGGER operate_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON domain.operate_audit
    FOR EACH STATEMENT EXECUTE FUNCTION domain.operate_audit_is_append_only();

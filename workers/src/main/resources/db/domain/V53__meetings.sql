-- Meetings (ambtelijk and bestuurlijk overleg): agenda, invitation with an iCalendar attachment,
-- minutes and action items. The outbox learns to carry one attachment per message.

ALTER TABLE domain.notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE domain.notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('NIEUWE_TAAK', 'HERINNERING', 'ESCALATIE', 'BESLUIT_GEPUBLICEERD', 'OVERLEG_UITNODIGING',
                    'NOTULEN'));
ALTER TABLE domain.notification ADD COLUMN attachment_name varchar(200);
ALTER TABLE domain.notification ADD COLUMN attachment_type varchar(100);
ALTER TABLE domain.notification ADD COLUMN attachment bytea;

CREATE TABLE domain.meeting (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    process_instance_key bigint       NOT NULL UNIQUE,
    year_code            varchar(20)  NOT NULL REFERENCES domain.year (code),
    kind                 varchar(20)  NOT NULL CHECK (kind IN ('AMBTELIJK', 'BESTUURLIJK')),
    subject              varchar(200) NOT NULL,
    starts_at            timestamptz  NOT NULL,
    ends_at              timestamptz  NOT NULL CHECK (ends_at > starts_at),
    location             varchar(200) NOT NULL,
    agenda               text,
    minutes              text,
    decisions            text,
    created_at           timestamptz  NOT NULL
);

CREATE TABLE domain.meeting_group (
    meeting_id bigint      NOT NULL REFERENCES domain.meeting (id) ON DELETE CASCADE,
    group_id   varchar(60) NOT NULL,
    PRIMARY KEY (meeting_id, group_id)
);

CREATE TABLE domain.action_item (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id     bigint       NOT NULL REFERENCES domain.meeting (id) ON DELETE CASCADE,
    position       smallint     NOT NULL,
    description    varchar(500) NOT NULL,
    owner_username varchar(60)  NOT NULL,
    due_date       date         NOT NULL,
    UNIQUE (meeting_id, position)
);

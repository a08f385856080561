-- Per-user e-mail preferences by notification kind, set on the console's "Berichten" page. No row
-- means the default: e-mail on. Owned by the console (NotificationPreference).
CREATE TABLE domain.notification_preference (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username varchar(100) NOT NULL,
    kind     varchar(40)  NOT NULL
             CHECK (kind IN ('NIEUWE_TAAK', 'HERINNERING', 'ESCALATIE', 'BESLUIT_GEPUBLICEERD')),
    email    boolean      NOT NULL,
    UNIQUE (username, kind)
);

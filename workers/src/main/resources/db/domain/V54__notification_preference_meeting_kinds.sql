-- The meeting messages (V53: invitation with .ics, minutes) are notification kinds too, so users
-- can choose e-mail for them on the console's "Berichten" page like for the others.
ALTER TABLE domain.notification_preference DROP CONSTRAINT notification_preference_kind_check;
ALTER TABLE domain.notification_preference ADD CONSTRAINT notification_preference_kind_check
    CHECK (kind IN ('NIEUWE_TAAK', 'HERINNERING', 'ESCALATIE', 'BESLUIT_GEPUBLICEERD', 'OVERLEG_UITNODIGING',
                    'NOTULEN'));

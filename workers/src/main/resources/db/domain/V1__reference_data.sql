-- Reference data of the collaboration (source: advies samenwerking circulaire economie,
-- 9 januari 2026). Inserted idempotently: a re-run or a later migration never duplicates it.

CREATE TABLE domain.municipality (
    code            varchar(40)  PRIMARY KEY,
    name            varchar(100) NOT NULL UNIQUE,
    candidate_group varchar(60)  NOT NULL UNIQUE
);

CREATE TABLE domain.theme (
    number      smallint     PRIMARY KEY CHECK (number BETWEEN 1 AND 6),
    code        varchar(40)  NOT NULL UNIQUE,
    name        varchar(120) NOT NULL,
    description text         NOT NULL
);

CREATE TABLE domain.objective (
    number      smallint     PRIMARY KEY CHECK (number BETWEEN 1 AND 9),
    name        varchar(160) NOT NULL,
    description text         NOT NULL
);

INSERT INTO domain.municipality (code, name, candidate_group) VALUES
    ('apeldoorn', 'Apeldoorn', 'gemeente-apeldoorn'),
    ('brummen',   'Brummen',   'gemeente-brummen'),
    ('deventer',  'Deventer',  'gemeente-deventer'),
    ('epe',       'Epe',       'gemeente-epe'),
    ('heerde',    'Heerde',    'gemeente-heerde'),
    ('lochem',    'Lochem',    'gemeente-lochem'),
    ('voorst',    'Voorst',    'gemeente-voorst'),
    ('zutphen',   'Zutphen',   'gemeente-zutphen')
ON CONFLICT (code) DO NOTHING;

INSERT INTO domain.theme (number, code, name, description) VALUES
    (1, 'circulair-beleid', 'Synchroniseren circulair beleid',
        'Van visie naar uitvoeringsprogramma en monitoring, inclusief het vaststellen van regionale circulaire doelen.'),
    (2, 'circulaire-goederen', 'Circulaire goederen',
        'Eigen inkoop en handelingsperspectief voor inwoners.'),
    (3, 'circulaire-openbare-ruimte', 'Circulaire openbare ruimte',
        'Aanbesteding en materialendepots.'),
    (4, 'circulair-bouwen', 'Circulair bouwen',
        'Slimmer bouwen, hergebruik en biobased.'),
    (5, 'co2-reductie', 'CO2-reductie door circulariteit',
        'Klimaatdoelen halen door circulair handelen.'),
    (6, 'circulaire-industrie', 'Circulaire industrie',
        'Future proof business in de regio Stedendriehoek.')
ON CONFLICT (number) DO NOTHING;

INSERT INTO domain.objective (number, name, description) VALUES
    (1, 'Regionale doelstelling circulaire economie',
        'Vaststellen van de regionale doelstelling op circulaire economie.'),
    (2, 'Bestuurlijke regie',
        'Bestuurlijke regie op circulaire economie en grondstoffen in de Stedendriehoek.'),
    (3, 'Gezamenlijke beleidskaders',
        'Ontwikkelen van gezamenlijke beleidskaders en uitvoeringsprogramma''s.'),
    (4, 'Verbinding tussen projecten',
        'Regionale verbinding en afstemming tussen projecten als de Regio Deal Vezelvallei, toekomstbestendige bedrijventerreinen, de woonopgave en het bredere circulaire beleid.'),
    (5, 'Ketensamenwerking hergebruik',
        'Stimuleren van regionale ketensamenwerking op hergebruik (uitwisseling) van grondstoffen.'),
    (6, 'Ketensamenwerking biobased',
        'Afstemming van ketensamenwerking op biobased grondstoffen.'),
    (7, 'Afstemming met afvalverwerkers',
        'Gezamenlijke beleidsdoelen rond circulariteit afstemmen met afvalverwerkende bedrijven zoals Circulus, om Circulaire Ambachtscentra, afvalvermindering en hergebruik regionaal te verankeren.'),
    (8, 'Overheden en kennisinstellingen',
        'Stimuleren van regionale ketensamenwerking tussen overheden en kennisinstellingen.'),
    (9, 'Kennis en best practices delen',
        'Delen van kennis en best practices op circulair gebied.')
ON CONFLICT (number) DO NOTHING;

-- Participants: the people who log in. Groups are the candidate groups of user tasks.
CREATE TABLE domain.participant (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username          varchar(60)  NOT NULL UNIQUE,
    display_name      varchar(120) NOT NULL,
    email             varchar(200) NOT NULL,
    municipality_code varchar(40)  REFERENCES domain.municipality (code),
    password_hash     varchar(100) NOT NULL,
    active            boolean      NOT NULL DEFAULT true
);

CREATE TABLE domain.participant_group (
    participant_id bigint      NOT NULL REFERENCES domain.participant (id) ON DELETE CASCADE,
    group_id       varchar(60) NOT NULL,
    PRIMARY KEY (participant_id, group_id)
);
CREATE INDEX participant_group_by_group ON domain.participant_group (group_id);

-- Organisation structure: region -> municipality -> school, with each school's yearly contingent and curators.
-- The application connects as ${appRole}, which owns nothing: it gets plain DML rights here and row-level
-- security (V2) decides which rows it sees.

ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
GRANT USAGE ON SCHEMA public TO ${appRole};

CREATE TABLE region (
    id      uuid PRIMARY KEY,
    name    varchar(200) NOT NULL,
    code    varchar(3)   NOT NULL CONSTRAINT region_code_key UNIQUE,
    version integer      NOT NULL DEFAULT 0
);

CREATE TABLE municipality (
    id        uuid PRIMARY KEY,
    region_id uuid         NOT NULL REFERENCES region (id),
    name      varchar(300) NOT NULL,
    oktmo     varchar(11)  NOT NULL CONSTRAINT municipality_oktmo_key UNIQUE CHECK (oktmo ~ '^([0-9]{8}|[0-9]{11})$'),
    version   integer      NOT NULL DEFAULT 0
);
CREATE INDEX municipality_region_idx ON municipality (region_id);

CREATE TABLE school (
    id              uuid PRIMARY KEY,
    municipality_id uuid         NOT NULL REFERENCES municipality (id),
    full_name       varchar(500) NOT NULL,
    short_name      varchar(200) NOT NULL,
    kind            varchar(20)  NOT NULL CHECK (kind IN ('GENERAL', 'COLLEGE', 'ADDITIONAL', 'PRESCHOOL')),
    inn             varchar(10)  NOT NULL CONSTRAINT school_inn_key UNIQUE CHECK (inn ~ '^[0-9]{10}$'),
    address         varchar(500) NOT NULL,
    website         varchar(300),
    archived        boolean      NOT NULL DEFAULT false,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    version         integer      NOT NULL DEFAULT 0
);
CREATE INDEX school_municipality_idx ON school (municipality_id);
CREATE INDEX school_short_name_idx ON school (lower(short_name));

CREATE TABLE school_contingent (
    id                uuid PRIMARY KEY,
    school_id         uuid    NOT NULL REFERENCES school (id),
    start_year        integer NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    pupils            integer NOT NULL CHECK (pupils >= 0),
    teachers          integer NOT NULL CHECK (teachers >= 0),
    young_teachers    integer NOT NULL CHECK (young_teachers >= 0),
    additional_pupils integer NOT NULL CHECK (additional_pupils >= 0),
    version           integer NOT NULL DEFAULT 0,
    CONSTRAINT school_contingent_year_key UNIQUE (school_id, start_year),
    CHECK (young_teachers <= teachers)
);

CREATE TABLE curator (
    id           uuid PRIMARY KEY,
    school_id    uuid         NOT NULL REFERENCES school (id),
    full_name    varchar(300) NOT NULL,
    position     varchar(200) NOT NULL,
    email        varchar(200),
    phone        varchar(30),
    order_number varchar(50)  NOT NULL,
    order_date   date         NOT NULL,
    username     varchar(100),
    version      integer      NOT NULL DEFAULT 0
);
CREATE INDEX curator_school_idx ON curator (school_id);

-- Participants of a school's programme with their consent to personal-data processing, and the shared catalogue
-- of competencies that mentors offer and mentees ask for. Personal data stays in its school: only the school's
-- own users reach these rows (regional and municipal users will see aggregates), and without a valid consent
-- only the name, the kind and the roles are kept.

CREATE TABLE competency (
    code       varchar(40)  PRIMARY KEY,
    name       varchar(200) NOT NULL,
    area       varchar(100) NOT NULL,
    sort_order integer      NOT NULL
);

INSERT INTO competency (code, name, area, sort_order) VALUES
    ('subject-math', 'Математика', 'Предметы', 10),
    ('subject-russian', 'Русский язык и литература', 'Предметы', 20),
    ('subject-science', 'Естественные науки (физика, химия, биология)', 'Предметы', 30),
    ('subject-history', 'История и обществознание', 'Предметы', 40),
    ('subject-languages', 'Иностранные языки', 'Предметы', 50),
    ('subject-it', 'Информатика и программирование', 'Предметы', 60),
    ('olympiads', 'Подготовка к олимпиадам и конкурсам', 'Достижения', 70),
    ('projects', 'Проектная и исследовательская деятельность', 'Достижения', 80),
    ('exams', 'Подготовка к ОГЭ и ЕГЭ', 'Достижения', 90),
    ('career', 'Профориентация и выбор профессии', 'Развитие', 100),
    ('adaptation', 'Адаптация в коллективе', 'Развитие', 110),
    ('communication', 'Общение и уверенность в себе', 'Развитие', 120),
    ('leadership', 'Лидерство и самоуправление', 'Развитие', 130),
    ('creativity', 'Творчество, искусство, спорт', 'Развитие', 140),
    ('teaching-methods', 'Методика преподавания', 'Педагогам', 150),
    ('classroom-management', 'Управление классом и дисциплина', 'Педагогам', 160),
    ('lesson-planning', 'Планирование уроков и рабочие программы', 'Педагогам', 170),
    ('parents-work', 'Работа с родителями', 'Педагогам', 180),
    ('documentation', 'Школьная документация', 'Педагогам', 190),
    ('digital-tools', 'Цифровые образовательные ресурсы', 'Педагогам', 200),
    ('inclusive', 'Инклюзивное образование', 'Педагогам', 210),
    ('certification', 'Подготовка к аттестации', 'Педагогам', 220);

CREATE TABLE participant (
    id                uuid PRIMARY KEY,
    school_id         uuid         NOT NULL REFERENCES school (id),
    kind              varchar(30)  NOT NULL CHECK (kind IN ('PUPIL', 'STUDENT', 'TEACHER', 'YOUNG_SPECIALIST',
                                                             'EMPLOYER', 'GRADUATE', 'PARENT', 'HEAD')),
    full_name         varchar(300) NOT NULL,
    mentor_candidate  boolean      NOT NULL DEFAULT false,
    mentee_candidate  boolean      NOT NULL DEFAULT false,
    external_id       varchar(100),
    -- Personal data, kept only while a valid consent exists.
    birth_date        date,
    grade_or_position varchar(200),
    subject           varchar(200),
    experience_years  integer CHECK (experience_years BETWEEN 0 AND 80),
    email             varchar(200),
    phone             varchar(30),
    competencies      text[]       NOT NULL DEFAULT '{}',
    capacity          integer CHECK (capacity BETWEEN 1 AND 30),
    availability      varchar(500),
    forms_accepted    text[]       NOT NULL DEFAULT '{}',
    training_status   varchar(20)  NOT NULL DEFAULT 'NONE'
                      CHECK (training_status IN ('NONE', 'IN_PROGRESS', 'TRAINED', 'CERTIFIED')),
    certificate       varchar(300),
    requests          text[]       NOT NULL DEFAULT '{}',
    difficulties      varchar(2000),
    desired_forms     text[]       NOT NULL DEFAULT '{}',
    erased_at         timestamptz,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    version           integer      NOT NULL DEFAULT 0,
    CONSTRAINT participant_external_id_key UNIQUE (school_id, external_id)
);
CREATE INDEX participant_school_idx ON participant (school_id);
CREATE INDEX participant_name_idx ON participant (school_id, lower(full_name));

CREATE TABLE consent (
    id            uuid PRIMARY KEY,
    participant_id uuid        NOT NULL REFERENCES participant (id),
    school_id     uuid         NOT NULL REFERENCES school (id),
    given_by      varchar(20)  NOT NULL CHECK (given_by IN ('SELF', 'PARENT', 'GUARDIAN')),
    giver_name    varchar(300) NOT NULL,
    given_on      date         NOT NULL,
    scope         varchar(500) NOT NULL,
    document_ref  varchar(200) NOT NULL,
    withdrawn_on  date,
    withdrawal_reason varchar(500),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       integer      NOT NULL DEFAULT 0,
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consent_participant_idx ON consent (participant_id);
-- At most one consent in force per participant.
CREATE UNIQUE INDEX consent_valid_key ON consent (participant_id) WHERE withdrawn_on IS NULL;

REVOKE INSERT, UPDATE, DELETE ON competency FROM ${appRole};

ALTER TABLE participant ENABLE ROW LEVEL SECURITY;
CREATE POLICY participant_own_school ON participant FOR ALL
    USING (scope_role() = 'system' OR (scope_role() = 'school' AND school_id = scope_id('school_id')));

ALTER TABLE consent ENABLE ROW LEVEL SECURITY;
CREATE POLICY consent_own_school ON consent FOR ALL
    USING (scope_role() = 'system' OR (scope_role() = 'school' AND school_id = scope_id('school_id')));

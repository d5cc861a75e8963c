CREATE SCHEMA members;

-- The record of a party member. status and activity are derived from member_event by MemberManagement (replayed on
-- every event), kept here so that lists filter and count by index.
CREATE TABLE members.member (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id      bigint      NOT NULL REFERENCES organizations.organization (id),
    user_id              bigint REFERENCES platform.app_user (id),
    full_name            text        NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    -- Vietnamese lists sort by the given name (the last word), then the whole name. The given name and the folded name
    -- (lower case without diacritics, as platform.fold) are written by the application with the name: computing them
    -- in generated columns made a million-row import 11 s slower. A trigger keeps them right when a name is edited.
    given_name           text        NOT NULL,
    name_fold            text        NOT NULL,
    birth_name           text,
    aliases              text,
    gender               text        NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date           date        NOT NULL,
    birth_place          text,
    home_town            text,
    home_town_former     text,
    permanent_residence  text,
    temporary_residence  text,
    ethnicity            text        NOT NULL DEFAULT 'Kinh',
    religion             text,
    citizen_id           text CHECK (citizen_id ~ '^[0-9]{9}([0-9]{3})?$'),
    family_notes         text,
    general_education    text,
    qualification        text,
    academic_title       text,
    theory_level         text        NOT NULL DEFAULT 'NONE'
                                     CHECK (theory_level IN ('NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR')),
    theory_paper         text CHECK (theory_paper IN ('DIPLOMA', 'CONFIRMATION')),
    foreign_language     text,
    it_skill             text,
    minority_language    text,
    unit_id              bigint REFERENCES organizations.unit (id),
    job                  text,
    position             text,
    unit_staff           boolean     NOT NULL DEFAULT true,
    youth_union_date     date,
    introducers          text,
    admission_date       date        NOT NULL,
    admission_number     text,
    admission_symbol     text,
    ceremony_date        date,
    ceremony_place       text,
    official_date        date,
    biography_number     text,
    card_number          text,
    seriously_ill        boolean     NOT NULL DEFAULT false,
    status               text        NOT NULL CHECK (status IN ('PROBATIONARY', 'OFFICIAL', 'TRANSFERRED_OUT',
                                                                 'REMOVED', 'EXPELLED', 'LEFT', 'DECEASED')),
    activity             text        NOT NULL DEFAULT 'ACTIVE'
                                     CHECK (activity IN ('ACTIVE', 'EXEMPT', 'TEMPORARILY_EXEMPT', 'SUSPENDED',
                                                         'TEMPORARILY_AWAY')),
    -- Days spent out of the Party (expulsion, removal, leaving until readmission), for the party age.
    days_out             int         NOT NULL DEFAULT 0,
    out_since            date,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (ceremony_date IS NULL OR ceremony_date >= admission_date),
    CHECK (official_date IS NULL OR ceremony_date IS NULL OR official_date >= ceremony_date)
);
CREATE INDEX member_organization ON members.member (organization_id, status);
CREATE INDEX member_name_fold ON members.member USING gin (name_fold gin_trgm_ops);
CREATE INDEX member_citizen_id ON members.member (citizen_id) WHERE citizen_id IS NOT NULL;
CREATE INDEX member_name_birth ON members.member (name_fold, birth_date);
CREATE UNIQUE INDEX member_user ON members.member (user_id) WHERE user_id IS NOT NULL;

-- The life cycle: every change with its date, decision and note. The member's current state follows from it.
CREATE TABLE members.member_event (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id             bigint      NOT NULL REFERENCES members.member (id),
    kind                  text        NOT NULL,
    occurred_on           date        NOT NULL,
    until                 date,
    decision_number       text,
    decision_symbol       text,
    decision_date         date,
    from_organization_id  bigint REFERENCES organizations.organization (id),
    to_organization_id    bigint REFERENCES organizations.organization (id),
    external_organization text,
    note                  text,
    recorded_at           timestamptz NOT NULL DEFAULT now(),
    recorded_by           text        NOT NULL
);
CREATE INDEX member_event_member ON members.member_event (member_id, occurred_on, id);

-- Rewards and discipline, each with its decision.
CREATE TABLE members.distinction (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id       bigint NOT NULL REFERENCES members.member (id),
    kind            text   NOT NULL CHECK (kind IN ('REWARD', 'REPRIMAND', 'WARNING', 'DISMISSAL', 'EXPULSION')),
    description     text,
    decision_number text,
    decision_symbol text,
    decision_date   date
);
CREATE INDEX distinction_member ON members.distinction (member_id);

-- A member asks the branch secretary to correct her record.
CREATE TABLE members.correction_request (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id    bigint      NOT NULL REFERENCES members.member (id),
    field        text        NOT NULL,
    requested    text        NOT NULL CHECK (length(requested) BETWEEN 1 AND 2000),
    requested_at timestamptz NOT NULL DEFAULT now(),
    requested_by text        NOT NULL,
    resolved_at  timestamptz,
    resolved_by  text,
    resolution   text CHECK (resolution IN ('ACCEPTED', 'REJECTED'))
);
CREATE INDEX correction_request_open ON members.correction_request (member_id) WHERE resolved_at IS NULL;

CREATE FUNCTION members.refold_name() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.given_name := regexp_replace(NEW.full_name, '^.*\s', '');
    NEW.name_fold := platform.fold(NEW.full_name);
    RETURN NEW;
END $$;
CREATE TRIGGER member_refold_name BEFORE UPDATE OF full_name ON members.member
    FOR EACH ROW WHEN (NEW.full_name IS DISTINCT FROM OLD.full_name) EXECUTE FUNCTION members.refold_name();

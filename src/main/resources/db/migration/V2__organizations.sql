CREATE SCHEMA organizations;

CREATE TABLE organizations.organization (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name               text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    short_name         text,
    type               text        NOT NULL CHECK (type IN ('PROVINCIAL_COMMITTEE', 'DISTRICT_COMMITTEE',
                                                            'COMMUNE_COMMITTEE', 'GRASSROOTS_COMMITTEE',
                                                            'SUB_COMMITTEE', 'GRASSROOTS_BRANCH', 'BRANCH', 'CELL')),
    parent_id          bigint REFERENCES organizations.organization (id),
    -- Materialized path of ids from the root ("1.4.17"), kept for the current tree; history is in organization_link.
    path               ltree       NOT NULL,
    place              text,
    address            text,
    phone              text,
    email              text,
    founded_on         date,
    founding_number    text,
    founding_symbol    text,
    founding_date      date,
    dissolved_on       date,
    dissolution_number text,
    dissolution_symbol text,
    dissolution_date   date,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organization_path ON organizations.organization USING gist (path);
CREATE INDEX organization_parent ON organizations.organization (parent_id);
CREATE INDEX organization_name_fold ON organizations.organization USING gin (platform.fold(name) gin_trgm_ops);

-- Where an organization sat in the tree over time. valid_from is null when the organization existed before ChiBo
-- knew of it; valid_to is exclusive and null while current.
CREATE TABLE organizations.organization_link (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations.organization (id),
    parent_id       bigint REFERENCES organizations.organization (id),
    valid_from      date,
    valid_to        date,
    decision_number text,
    decision_symbol text,
    decision_date   date,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (organization_id WITH =, daterange(valid_from, valid_to) WITH &&)
);
CREATE INDEX organization_link_parent ON organizations.organization_link (parent_id);

CREATE TABLE organizations.unit (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations.organization (id),
    name            text   NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    kind            text   NOT NULL CHECK (kind IN ('PROVINCIAL_DEPARTMENT', 'DISTRICT_OFFICE', 'KINDERGARTEN',
                                                    'PRIMARY_SCHOOL', 'LOWER_SECONDARY_SCHOOL',
                                                    'UPPER_SECONDARY_SCHOOL', 'MULTI_LEVEL_SCHOOL',
                                                    'CONTINUING_EDUCATION', 'OTHER')),
    address         text,
    managers        int    NOT NULL DEFAULT 0 CHECK (managers >= 0),
    teachers        int    NOT NULL DEFAULT 0 CHECK (teachers >= 0),
    employees       int    NOT NULL DEFAULT 0 CHECK (employees >= 0),
    staff_as_of     date
);
CREATE INDEX unit_organization ON organizations.unit (organization_id);

CREATE TABLE organizations.term (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations.organization (id),
    name            text   NOT NULL,
    starts_on       date   NOT NULL,
    ends_on         date   NOT NULL,
    CHECK (ends_on > starts_on),
    EXCLUDE USING gist (organization_id WITH =, daterange(starts_on, ends_on) WITH &&)
);

CREATE TABLE organizations.committee_seat (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_id         bigint NOT NULL REFERENCES organizations.term (id),
    full_name       text   NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    position        text   NOT NULL CHECK (position IN ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'MEMBER')),
    from_date       date   NOT NULL,
    to_date         date,
    decision_number text,
    decision_symbol text,
    decision_date   date,
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX committee_seat_term ON organizations.committee_seat (term_id);

ALTER TABLE platform.role_grant
    ADD CONSTRAINT role_grant_organization FOREIGN KEY (organization_id) REFERENCES organizations.organization (id);

CREATE SCHEMA admissions;

-- The admission (kết nạp) of a person into the Party, followed by her branch from the awareness course to the admission
-- ceremony (party-rules.md §4.5, HD 12-HD/BTCTW's file): each step's date, the official member who introduced her, the
-- verification of her biography, the higher committee's resolution, the admission decision, and the ceremony, when
-- the member's record is created (member_id). Personal data: read with MEMBER_VIEW on the branch, like members.
CREATE TABLE admissions.admission (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id        bigint      NOT NULL REFERENCES organizations.organization (id),
    full_name              text        NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    gender                 text        NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date             date        NOT NULL,
    ethnicity              text        NOT NULL CHECK (length(ethnicity) BETWEEN 1 AND 100),
    job                    text CHECK (length(job) <= 200),
    unit_staff             boolean     NOT NULL DEFAULT true,
    awareness_course_on    date        NOT NULL,
    application_on         date,
    introducer_id          bigint REFERENCES members.member (id),
    introducer_name        text,
    introducer_since       date,
    youth_union            boolean     NOT NULL DEFAULT false,
    introduced_on          date,
    verified_on            date,
    committee_resolution_on date,
    decision_number        text CHECK (length(decision_number) <= 20),
    decision_symbol        text CHECK (length(decision_symbol) <= 40),
    decision_on            date,
    ceremony_on            date,
    late_ceremony_agreed   boolean     NOT NULL DEFAULT false,
    member_id              bigint REFERENCES members.member (id),
    status                 text        NOT NULL DEFAULT 'IN_PROGRESS'
                                       CHECK (status IN ('IN_PROGRESS', 'ADMITTED', 'STOPPED')),
    stopped_reason         text CHECK (length(stopped_reason) <= 500),
    created_by             text        NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);
CREATE INDEX admission_organization ON admissions.admission (organization_id, status);

-- Each vote the branch took on proposing the admission: passed with at least two thirds of its official members in
-- favour; after three votes without, the matter goes to the higher committee.
CREATE TABLE admissions.branch_vote (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    admission_id     bigint  NOT NULL REFERENCES admissions.admission (id) ON DELETE CASCADE,
    held_on          date    NOT NULL,
    official_members int     NOT NULL CHECK (official_members BETWEEN 1 AND 10000),
    agree            int     NOT NULL CHECK (agree >= 0 AND agree <= official_members),
    passed           boolean NOT NULL,
    UNIQUE (admission_id, held_on)
);

CREATE SCHEMA reviews;

-- A review round (đợt kiểm điểm, đánh giá, xếp loại chất lượng đảng viên) of one branch for one year. The review's
-- date picks the rule set (QĐ 124-QĐ/TW before 30/8/2025, QĐ 366-QĐ/TW from then) and the roster: the members on the
-- branch's list that day. OPEN: the branch records facts and levels; PROPOSED: the branch has proposed its levels to
-- the level above; CLOSED: the level above has approved them.
CREATE TABLE reviews.review_round (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id     bigint      NOT NULL REFERENCES organizations.organization (id),
    review_year         int         NOT NULL CHECK (review_year BETWEEN 1930 AND 2100),
    review_date         date        NOT NULL,
    status              text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'PROPOSED', 'CLOSED')),
    -- An exception the competent level decided: a higher excellence cap, recorded with its decision.
    raised_cap_percent  int CHECK (raised_cap_percent BETWEEN 0 AND 100),
    raised_cap_decision text,
    opened_by           text        NOT NULL,
    opened_at           timestamptz NOT NULL,
    proposed_at         timestamptz,
    closed_at           timestamptz,
    version             int         NOT NULL DEFAULT 0,
    -- The review of a year is held in its last months or early in the next year.
    CHECK (extract(year FROM review_date) IN (review_year, review_year + 1)),
    CHECK ((raised_cap_percent IS NULL) = (raised_cap_decision IS NULL)),
    UNIQUE (organization_id, review_year)
);

-- One member of the branch's list on the review's date, with the facts of her year the rules need, and her levels:
-- self-assessed, proposed by the branch, approved by the level above. Her admission date and standing (exempt,
-- suspended) are kept as the members module gave them on the review's date; discipline decisions are read from it
-- whenever the rules are applied.
CREATE TABLE reviews.member_review (
    id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id                    bigint   NOT NULL REFERENCES reviews.review_round (id),
    member_id                   bigint   NOT NULL REFERENCES members.member (id),
    position                    int      NOT NULL,
    full_name                   text     NOT NULL,
    admission_date              date     NOT NULL,
    exempt                      boolean  NOT NULL,
    suspended                   boolean  NOT NULL,
    sick_leave_months           int      NOT NULL DEFAULT 0 CHECK (sick_leave_months BETWEEN 0 AND 12),
    maternity_leave             boolean  NOT NULL DEFAULT false,
    degradation_finding         boolean  NOT NULL DEFAULT false,
    targets_achieved_percent    int CHECK (targets_achieved_percent BETWEEN 0 AND 100),
    civil_service_not_completed boolean  NOT NULL DEFAULT false,
    forbidden_conduct           boolean  NOT NULL DEFAULT false,
    example_duty_breached       boolean  NOT NULL DEFAULT false,
    criterion_rated_poor        boolean  NOT NULL DEFAULT false,
    score                       numeric(5, 2) CHECK (score BETWEEN 0 AND 100),
    tasks_all_on_time           boolean,
    tasks_exceeded_percent      int CHECK (tasks_exceeded_percent BETWEEN 0 AND 100),
    shortcomings_remedied       boolean,
    self_level                  text CHECK (self_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    proposed_level              text CHECK (proposed_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    approved_level              text CHECK (approved_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    notes                       text,
    version                     int      NOT NULL DEFAULT 0,
    -- The task results come all together or not at all.
    CHECK ((tasks_all_on_time IS NULL) = (tasks_exceeded_percent IS NULL)
        AND (tasks_all_on_time IS NULL) = (shortcomings_remedied IS NULL)),
    UNIQUE (round_id, member_id)
);
CREATE INDEX member_review_member ON reviews.member_review (member_id);

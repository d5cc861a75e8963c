-- The quality rating of a Party organization for a year (xếp loại chất lượng tổ chức đảng): its self-assessment with
-- the facts QĐ 366-QĐ/TW Điều 11.1 asks for, the level it proposes, and the level its superior's standing committee
-- decides. The review's date picks the rule set (QĐ 124-QĐ/TW before 30/8/2025, QĐ 366-QĐ/TW from then). OPEN: the
-- organization records; PROPOSED: it has proposed its level; CLOSED: the level above has decided.
CREATE TABLE reviews.organization_rating (
    id                                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id                    bigint      NOT NULL REFERENCES organizations.organization (id),
    review_year                        int         NOT NULL CHECK (review_year BETWEEN 1930 AND 2100),
    review_date                        date        NOT NULL,
    status                             text        NOT NULL DEFAULT 'OPEN'
                                                   CHECK (status IN ('OPEN', 'PROPOSED', 'CLOSED')),
    tasks_on_time_percent              int CHECK (tasks_on_time_percent BETWEEN 0 AND 100),
    tasks_exceeded_percent             int CHECK (tasks_exceeded_percent BETWEEN 0 AND 100),
    targets_achieved_percent           int CHECK (targets_achieved_percent BETWEEN 0 AND 100),
    shortcomings_remedied_percent      int CHECK (shortcomings_remedied_percent BETWEEN 0 AND 100),
    organization_disciplined           boolean     NOT NULL DEFAULT false,
    subordinate_unit_disciplined       boolean     NOT NULL DEFAULT false,
    subordinate_units_disciplined_percent int CHECK (subordinate_units_disciplined_percent BETWEEN 0 AND 100),
    leadership_member_disciplined      boolean     NOT NULL DEFAULT false,
    disunity                           boolean     NOT NULL DEFAULT false,
    subordinate_corruption             boolean     NOT NULL DEFAULT false,
    score                              numeric(5, 2) CHECK (score BETWEEN 0 AND 100),
    self_level                         text CHECK (self_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    proposed_level                     text CHECK (proposed_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    decided_level                      text CHECK (decided_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    notes                              text,
    -- The decision of the level above (its number and date, or its remarks when it returned the proposal).
    decision_note                      text,
    opened_by                          text        NOT NULL,
    opened_at                          timestamptz NOT NULL,
    proposed_at                        timestamptz,
    decided_by                         text,
    decided_at                         timestamptz,
    version                            int         NOT NULL DEFAULT 0,
    CHECK (extract(year FROM review_date) IN (review_year, review_year + 1)),
    -- A share of subordinate units disciplined only when one was.
    CHECK (subordinate_unit_disciplined OR subordinate_units_disciplined_percent IS NULL
           OR subordinate_units_disciplined_percent = 0),
    CHECK (status <> 'PROPOSED' OR proposed_level IS NOT NULL),
    CHECK (status <> 'CLOSED' OR decided_level IS NOT NULL),
    UNIQUE (organization_id, review_year)
);
CREATE INDEX organization_rating_year ON reviews.organization_rating (review_year, organization_id);

-- An exception to the excellence cap of the collectives counted in one scope (a grassroots organization, or the
-- organizations directly under a committee above the grassroots level) for a year, recorded with its decision.
CREATE TABLE reviews.organization_cap_exception (
    scope_organization_id bigint NOT NULL REFERENCES organizations.organization (id),
    review_year           int    NOT NULL CHECK (review_year BETWEEN 1930 AND 2100),
    percent               int    NOT NULL CHECK (percent BETWEEN 0 AND 100),
    decision              text   NOT NULL,
    PRIMARY KEY (scope_organization_id, review_year)
);

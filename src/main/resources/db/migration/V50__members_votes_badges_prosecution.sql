-- Issue 18 (party-rule corrections), members module.

-- "Being prosecuted, indicted or held" (đang bị khởi tố, truy tố, tạm giam) is a standing of its own: such a member is
-- out of the legal denominator of every vote (QĐ 190-QĐ/TW Điều 30; QĐ 294-QĐ/TW §9.3.2).
ALTER TABLE members.member DROP CONSTRAINT member_activity_check;
ALTER TABLE members.member ADD CONSTRAINT member_activity_check
    CHECK (activity IN ('ACTIVE', 'EXEMPT', 'TEMPORARILY_EXEMPT', 'SUSPENDED', 'TEMPORARILY_AWAY', 'PROSECUTED'));

-- The votes a branch took on a member's admission or recognition, with the meeting they were taken at. meeting_id and
-- decision_id name the meeting and its decision in the meetings module (which writes these rows through the members
-- API); they are references, not foreign keys, because each module keeps to its own tables.
CREATE TABLE members.membership_vote (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id       bigint      NOT NULL REFERENCES members.member (id),
    kind            text        NOT NULL CHECK (kind IN ('ADMISSION', 'RECOGNITION')),
    organization_id bigint      NOT NULL REFERENCES organizations.organization (id),
    voted_on        date        NOT NULL,
    meeting_id      bigint,
    decision_id     bigint UNIQUE,
    agree           int         NOT NULL CHECK (agree >= 0),
    disagree        int         NOT NULL CHECK (disagree >= 0),
    abstain         int         NOT NULL CHECK (abstain >= 0),
    denominator     int         NOT NULL CHECK (denominator >= 0),
    votes_needed    int         NOT NULL CHECK (votes_needed >= 0),
    passed          boolean     NOT NULL,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX membership_vote_member ON members.membership_vote (member_id, voted_on);

-- Party badges presented: a member stays on the badge list of every award date until her badge is recorded here.
CREATE TABLE members.badge_award (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id       bigint      NOT NULL REFERENCES members.member (id),
    years           int         NOT NULL CHECK (years BETWEEN 30 AND 90),
    awarded_on      date        NOT NULL,
    decision_number text,
    decision_symbol text,
    decision_date   date,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (member_id, years)
);

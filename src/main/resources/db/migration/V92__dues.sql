CREATE SCHEMA dues;

-- What a member's monthly dues (đảng phí) are computed from, from a month on (its first day), kept with its history:
-- the latest basis whose month is not after a month applies to it. BHXH_SALARY: the salary used as the compulsory social
-- insurance base of the previous month; PENSION: the monthly pension; SOCIAL_PENSION: the social pension (exempt under
-- QĐ 01-QĐ/TW); STUDENT: pupils and students; OTHER: a fixed monthly amount the branch decides. The amount is a
-- salary or pension for the first two, the fixed monthly dues for OTHER (and for STUDENT and SOCIAL_PENSION before
-- 02/2026, when QĐ 342-QĐ/TW counted them among the others), in đồng.
CREATE TABLE dues.basis (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id   bigint      NOT NULL REFERENCES members.member (id),
    category    text        NOT NULL CHECK (category IN ('BHXH_SALARY', 'PENSION', 'SOCIAL_PENSION', 'STUDENT',
                                                         'OTHER')),
    amount      bigint CHECK (amount BETWEEN 0 AND 10000000000),
    from_month  date        NOT NULL CHECK (extract(day FROM from_month) = 1),
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL,
    UNIQUE (member_id, from_month)
);

-- An exemption (miễn) or a reduction (giảm 30/50/70%) of a member's dues decided on application, with its decision,
-- for the months from from_month to until_month (both first days; a reduction lasts at most 12 months).
CREATE TABLE dues.relief (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id   bigint      NOT NULL REFERENCES members.member (id),
    kind        text        NOT NULL CHECK (kind IN ('EXEMPTION', 'REDUCTION')),
    reason      text        NOT NULL CHECK (reason IN ('POOR_HOUSEHOLD', 'NEAR_POOR_HOUSEHOLD', 'SERIOUS_ILLNESS',
                                                       'OTHER')),
    percent     int CHECK (percent IN (30, 50, 70)),
    from_month  date        NOT NULL CHECK (extract(day FROM from_month) = 1),
    until_month date        NOT NULL CHECK (extract(day FROM until_month) = 1),
    decision    text        NOT NULL CHECK (length(decision) BETWEEN 1 AND 200),
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL,
    CHECK (until_month >= from_month),
    CHECK ((kind = 'REDUCTION') = (percent IS NOT NULL)),
    CHECK (kind = 'EXEMPTION' OR until_month < from_month + interval '12 months')
);
CREATE INDEX relief_member ON dues.relief (member_id, from_month);

-- The collection sheet (bảng thu đảng phí) of a branch for a month (its first day). OPEN while the branch collects;
-- CLOSED freezes every line (due, paid) and the share kept, after which a line changes only by a recorded correction.
-- kept_percent is the branch's share of what it collected, as the rule set said when the month was closed.
CREATE TABLE dues.sheet (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint      NOT NULL REFERENCES organizations.organization (id),
    month           date        NOT NULL CHECK (extract(day FROM month) = 1),
    status          text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    kept_percent    int CHECK (kept_percent BETWEEN 0 AND 100),
    closed_by       text,
    closed_at       timestamptz,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND kept_percent IS NOT NULL)),
    UNIQUE (organization_id, month)
);

-- One member's line of a sheet. While the sheet is open only the payments are stored (due is computed); closing writes
-- a line for every member on the roster with what was due then. relief says why the due is what it is (EXEMPT_AGE,
-- EXEMPT_SOCIAL_PENSION, EXEMPT_DECISION, REDUCED_30/50/70), for the report.
CREATE TABLE dues.line (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sheet_id    bigint      NOT NULL REFERENCES dues.sheet (id),
    member_id   bigint      NOT NULL REFERENCES members.member (id),
    full_name   text        NOT NULL,
    amount_due  bigint CHECK (amount_due >= 0),
    relief      text,
    amount_paid bigint CHECK (amount_paid BETWEEN 0 AND 100000000),
    paid_on     date,
    channel     text CHECK (channel IN ('CASH', 'PORTAL')),
    note        text CHECK (length(note) <= 500),
    version     int         NOT NULL DEFAULT 0,
    CHECK ((amount_paid IS NULL) = (paid_on IS NULL) AND (paid_on IS NULL) = (channel IS NULL)),
    UNIQUE (sheet_id, member_id)
);
CREATE INDEX line_member ON dues.line (member_id);

-- A change to a line of a closed month, with its reason: the line as it was and as it became.
CREATE TABLE dues.correction (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    line_id        bigint      NOT NULL REFERENCES dues.line (id),
    reason         text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    paid_before    bigint,
    paid_after     bigint,
    corrected_by   text        NOT NULL,
    corrected_at   timestamptz NOT NULL
);

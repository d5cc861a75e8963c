-- A valid reason (lý do chính đáng) the branch accepted for a member not paying dues in the months from from_month to
-- until_month (first days): ILLNESS, WORKING_AWAY (away for work or study, abroad among them) or OTHER, with the
-- branch's note. Those months do not count towards the warning of 3 unpaid months in a year (QĐ 01-QĐ/TW: removal is
-- proposed for 3 months in a year "without a valid reason"). Kept with who recorded it; nothing is ever deleted.
CREATE TABLE dues.excuse (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id   bigint      NOT NULL REFERENCES members.member (id),
    reason      text        NOT NULL CHECK (reason IN ('ILLNESS', 'WORKING_AWAY', 'OTHER')),
    from_month  date        NOT NULL CHECK (extract(day FROM from_month) = 1),
    until_month date        NOT NULL CHECK (extract(day FROM until_month) = 1),
    note        text        NOT NULL CHECK (length(note) BETWEEN 1 AND 500),
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL,
    CHECK (until_month >= from_month),
    CHECK (until_month < from_month + interval '12 months')
);
CREATE INDEX excuse_member ON dues.excuse (member_id, from_month);

-- Issue 18 (party-rule corrections), meetings module.

-- The standing committee meets too (họp ban thường vụ); its list, like the committee's, is its seats on the day.
ALTER TABLE meetings.meeting DROP CONSTRAINT meeting_kind_check;
ALTER TABLE meetings.meeting ADD CONSTRAINT meeting_kind_check
    CHECK (kind IN ('REGULAR', 'THEMATIC', 'COMBINED', 'COMMITTEE', 'STANDING_COMMITTEE', 'REVIEW_CONFERENCE',
                    'EXTRAORDINARY', 'MODEL'));

-- Who an entry is (a member, a member hosted on temporary transfer, a committee seat: member_id then holds the seat's
-- id) and how she stood that day (exempt, away, suspended, prosecuted), kept apart from whether she came, so that an
-- exempt member who attends still counts as exempt and in the denominator.
ALTER TABLE meetings.attendance
    ADD COLUMN attendee text NOT NULL DEFAULT 'MEMBER' CHECK (attendee IN ('MEMBER', 'HOSTED', 'COMMITTEE_SEAT')),
    ADD COLUMN standing text NOT NULL DEFAULT 'ACTIVE'
        CHECK (standing IN ('ACTIVE', 'EXEMPT', 'TEMPORARILY_AWAY', 'SUSPENDED', 'PROSECUTED')),
    ADD COLUMN position text;
UPDATE meetings.attendance SET standing = CASE presence
    WHEN 'EXEMPT' THEN 'EXEMPT' WHEN 'AWAY' THEN 'TEMPORARILY_AWAY' WHEN 'SUSPENDED' THEN 'SUSPENDED' ELSE 'ACTIVE' END;
ALTER TABLE meetings.attendance DROP CONSTRAINT attendance_presence_check;
ALTER TABLE meetings.attendance ADD CONSTRAINT attendance_presence_check
    CHECK (presence IN ('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED', 'EXEMPT', 'AWAY', 'SUSPENDED', 'PROSECUTED'));

-- Admission and recognition votes name their member (or, for a first admission, the candidate) and pass with the share
-- their rules set (two thirds): votes_needed keeps the threshold the vote was judged by.
ALTER TABLE meetings.decision DROP CONSTRAINT decision_kind_check;
ALTER TABLE meetings.decision ADD CONSTRAINT decision_kind_check
    CHECK (kind IN ('RESOLUTION', 'DECISION', 'ADMISSION', 'RECOGNITION'));
ALTER TABLE meetings.decision
    ADD COLUMN member_id bigint,
    ADD COLUMN candidate text,
    ADD COLUMN votes_needed int CHECK (votes_needed >= 0);
UPDATE meetings.decision SET votes_needed = denominator / 2 + 1;
ALTER TABLE meetings.decision ALTER COLUMN votes_needed SET NOT NULL;

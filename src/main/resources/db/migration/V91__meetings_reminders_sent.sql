-- The day-before reminder of a meeting is sent once, whichever node's schedule fires first: a node sends it only when
-- it is the one that inserts the meeting's row.
CREATE TABLE meetings.reminder_sent (
    meeting_id BIGINT NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    meeting_date DATE NOT NULL,
    sent_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (meeting_id, meeting_date)
);

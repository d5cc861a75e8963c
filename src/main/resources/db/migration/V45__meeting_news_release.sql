-- A branch releases the news draft of a closed meeting to the portal's editors, who otherwise may not read meetings:
-- until then only those who may read the meeting see its draft (a committee meeting may have decided on discipline).
CREATE TABLE meetings.news_release (
    meeting_id  bigint      PRIMARY KEY REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    released_by text        NOT NULL,
    released_at timestamptz NOT NULL DEFAULT now()
);

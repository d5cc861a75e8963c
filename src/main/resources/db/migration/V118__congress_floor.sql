-- What is on the floor of a congress now (the item under way), as the presidium puts it on the hall screen: a paper
-- being presented (a report or a discussion paper, by its presenter), an election, or a line of its own (the opening,
-- a break); with the minutes allotted to the speaker, counted from when it was put up. One row per congress at most;
-- every change is in the audit trail.
CREATE TABLE elections.congress_floor (
    congress_id bigint      PRIMARY KEY REFERENCES elections.congress (id) ON DELETE CASCADE,
    paper_id    bigint      REFERENCES elections.preparation_paper (id) ON DELETE SET NULL,
    election_id bigint      REFERENCES elections.election (id) ON DELETE SET NULL,
    title       text        CHECK (length(title) BETWEEN 1 AND 300),
    speaker     text        CHECK (length(speaker) BETWEEN 1 AND 200),
    minutes     int         CHECK (minutes BETWEEN 1 AND 240),
    started_at  timestamptz NOT NULL,
    set_by      text        NOT NULL,
    CHECK (title IS NOT NULL OR election_id IS NOT NULL)
);

-- The list of speakers of a congress's discussion (danh sách đăng ký phát biểu): a delegate registers herself, or the
-- presidium registers a delegate or a guest, with what she will speak on; the presidium calls them in turn, and the
-- one called is on the floor (elections.congress_floor) until the next item goes up.
CREATE TABLE elections.congress_speaker (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    congress_id   bigint      NOT NULL REFERENCES elections.congress (id) ON DELETE CASCADE,
    member_id     bigint,
    full_name     text        NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    topic         text        NOT NULL CHECK (length(topic) BETWEEN 1 AND 300),
    status        text        NOT NULL DEFAULT 'WAITING' CHECK (status IN ('WAITING', 'SPEAKING', 'DONE', 'WITHDRAWN')),
    registered_by text        NOT NULL,
    registered_at timestamptz NOT NULL,
    called_at     timestamptz
);
CREATE INDEX congress_speaker_congress ON elections.congress_speaker (congress_id, id);
-- A member waits or speaks at most once at a time.
CREATE UNIQUE INDEX congress_speaker_once ON elections.congress_speaker (congress_id, member_id)
    WHERE status IN ('WAITING', 'SPEAKING') AND member_id IS NOT NULL;

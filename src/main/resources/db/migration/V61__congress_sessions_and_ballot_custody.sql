-- The sessions of a congress: the preparatory session (its bodies elected and its agenda and working rules adopted by
-- show of hands; at a delegate congress also the credentials committee and its report) and the official session.
CREATE TABLE elections.congress_session (
    congress_id   bigint      NOT NULL REFERENCES elections.congress (id) ON DELETE CASCADE,
    kind          text        NOT NULL CHECK (kind IN ('PREPARATORY', 'OFFICIAL')),
    held_on       date        NOT NULL,
    agenda        text,
    working_rules text,
    proceedings   text,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (congress_id, kind)
);

-- The bodies that run the congress, elected by show of hands at the preparatory session.
CREATE TABLE elections.congress_body_member (
    congress_id bigint  NOT NULL REFERENCES elections.congress (id) ON DELETE CASCADE,
    body        text    NOT NULL CHECK (body IN ('PRESIDIUM', 'SECRETARIAT', 'COUNTING_COMMITTEE',
                                                 'CREDENTIALS_COMMITTEE')),
    position    int     NOT NULL CHECK (position >= 0),
    member_id   bigint  NOT NULL,
    full_name   text    NOT NULL,
    head        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (congress_id, body, member_id)
);

-- Each show of hands at the preparatory session, with the denominator on the day.
CREATE TABLE elections.session_vote (
    congress_id bigint  NOT NULL REFERENCES elections.congress (id) ON DELETE CASCADE,
    item        text    NOT NULL CHECK (item IN ('PRESIDIUM', 'SECRETARIAT', 'COUNTING_COMMITTEE',
                                                 'CREDENTIALS_COMMITTEE', 'AGENDA', 'WORKING_RULES',
                                                 'CREDENTIALS_REPORT')),
    agree       int     NOT NULL CHECK (agree >= 0),
    disagree    int     NOT NULL CHECK (disagree >= 0),
    denominator int     NOT NULL CHECK (denominator >= 0),
    adopted     boolean NOT NULL,
    PRIMARY KEY (congress_id, item)
);

-- The ballots of an election after the count: sealed by the counting committee and handed over (QĐ 190 Điều 8), kept
-- sealed for the keeping period, then destroyed by the committee's decision when no complaint is pending (Điều 35).
CREATE TABLE elections.ballot_custody (
    election_id          bigint      PRIMARY KEY REFERENCES elections.election (id) ON DELETE CASCADE,
    sealed_on            date        NOT NULL,
    sealed_by            text        NOT NULL CHECK (length(sealed_by) BETWEEN 1 AND 200),
    handed_to            text        NOT NULL CHECK (length(handed_to) BETWEEN 1 AND 200),
    packets              int         NOT NULL CHECK (packets BETWEEN 1 AND 1000),
    recorded_by          text        NOT NULL,
    recorded_at          timestamptz NOT NULL DEFAULT now(),
    destroyed_on         date,
    destruction_decision text,
    destroyed_by         text,
    CHECK (destroyed_on IS NULL OR destroyed_on >= sealed_on),
    CHECK ((destroyed_on IS NULL) = (destroyed_by IS NULL))
);

-- Complaints about the election (Điều 33–34): lodged within the working days the rules allow after the congress
-- closes; one lodged later is recorded as late.
CREATE TABLE elections.complaint (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    congress_id  bigint      NOT NULL REFERENCES elections.congress (id) ON DELETE CASCADE,
    election_id  bigint REFERENCES elections.election (id) ON DELETE CASCADE,
    received_on  date        NOT NULL,
    complainant  text        NOT NULL CHECK (length(complainant) BETWEEN 1 AND 200),
    content      text        NOT NULL CHECK (length(content) BETWEEN 1 AND 4000),
    late         boolean     NOT NULL,
    settled_on   date,
    settlement   text,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    CHECK ((settled_on IS NULL) = (settlement IS NULL)),
    CHECK (settled_on IS NULL OR settled_on >= received_on)
);
CREATE INDEX complaint_congress ON elections.complaint (congress_id);

-- The preparation of a congress: the draft political report, the outgoing committee's review, discussion papers, the
-- personnel plan and the candidates' files, each with its author and text.
CREATE TABLE elections.preparation_paper (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    congress_id bigint      NOT NULL REFERENCES elections.congress (id) ON DELETE CASCADE,
    kind        text        NOT NULL CHECK (kind IN ('POLITICAL_REPORT', 'COMMITTEE_REVIEW', 'DISCUSSION_PAPER',
                                                     'PERSONNEL_PLAN', 'CANDIDATE_FILE')),
    title       text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    author      text        NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
    -- For a candidate's file: the member it is about.
    member_id   bigint,
    content     text        NOT NULL CHECK (length(content) BETWEEN 1 AND 100000),
    recorded_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'CANDIDATE_FILE') = (member_id IS NOT NULL))
);
CREATE INDEX preparation_paper_congress ON elections.preparation_paper (congress_id, kind);

-- Comments on the higher congresses' draft documents, collected per document and section for export.
CREATE TABLE elections.draft_comment (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    congress_id bigint      NOT NULL REFERENCES elections.congress (id) ON DELETE CASCADE,
    draft       text        NOT NULL CHECK (length(draft) BETWEEN 1 AND 300),
    section     text        NOT NULL CHECK (length(section) BETWEEN 1 AND 300),
    commenter   text        NOT NULL CHECK (length(commenter) BETWEEN 1 AND 200),
    comment     text        NOT NULL CHECK (length(comment) BETWEEN 1 AND 4000),
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX draft_comment_congress ON elections.draft_comment (congress_id);

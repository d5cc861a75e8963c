CREATE SCHEMA elections;

-- A congress (đại hội) of an organization, or a conference of its committee that elects (the new committee's first
-- conference, a by-election), with the term it opens and the higher committee's plan that convened it.
CREATE TABLE elections.congress (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id     bigint      NOT NULL REFERENCES organizations.organization (id),
    kind                text        NOT NULL CHECK (kind IN ('MEMBERS', 'DELEGATES', 'COMMITTEE_CONFERENCE')),
    -- For a committee conference: the congress that elected the committee.
    parent_id           bigint REFERENCES elections.congress (id),
    number              int         NOT NULL CHECK (number BETWEEN 1 AND 100),
    status              text        NOT NULL DEFAULT 'PREPARATION'
                                    CHECK (status IN ('PREPARATION', 'HELD', 'CLOSED')),
    opening_date        date        NOT NULL,
    closing_date        date,
    place               text,
    announced_on        date,
    term_starts_on      date        NOT NULL,
    term_ends_on        date        NOT NULL,
    plan_number         text,
    plan_symbol         text,
    plan_date           date,
    higher_consent      boolean     NOT NULL DEFAULT false,
    -- The term created in organizations from the results, once they took office.
    term_id             bigint REFERENCES organizations.term (id),
    approval_status     text        NOT NULL DEFAULT 'NOT_REQUESTED'
                                    CHECK (approval_status IN ('NOT_REQUESTED', 'REQUESTED', 'APPROVED', 'REFUSED')),
    approval_number     text,
    approval_symbol     text,
    approval_date       date,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (term_ends_on > term_starts_on),
    CHECK (closing_date IS NULL OR closing_date >= opening_date),
    CHECK ((kind = 'COMMITTEE_CONFERENCE') = (parent_id IS NOT NULL))
);
CREATE INDEX congress_organization ON elections.congress (organization_id, opening_date);
-- One congress of a given number per organization (a conference shares its congress's number).
CREATE UNIQUE INDEX congress_number ON elections.congress (organization_id, number) WHERE kind <> 'COMMITTEE_CONFERENCE';

-- Everyone on the congress's list: summoned with a vote, attending without one (probationers, members on temporary
-- transfer in), not summoned (with the reason, for the credentials report), and guests; with how they attended.
CREATE TABLE elections.attendee (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    congress_id          bigint  NOT NULL REFERENCES elections.congress (id) ON DELETE CASCADE,
    member_id            bigint,
    full_name            text    NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    given_name           text    NOT NULL,
    standing             text    NOT NULL CHECK (standing IN ('WITH_VOTE', 'WITHOUT_VOTE', 'NOT_SUMMONED', 'GUEST')),
    not_summoned_reason  text CHECK (not_summoned_reason IN ('SUSPENDED', 'PROSECUTED', 'LEFT_COMMITTEE')),
    official             boolean NOT NULL DEFAULT false,
    exempt               boolean NOT NULL DEFAULT false,
    temporarily_away     boolean NOT NULL DEFAULT false,
    temporarily_in       boolean NOT NULL DEFAULT false,
    convening_committee  boolean NOT NULL DEFAULT false,
    -- Delegate congress: an alternate delegate (dự khuyết), the lower organization that elected the delegate, the
    -- alternate's votes there (their order), and the official delegate an alternate attends in place of.
    alternate            boolean NOT NULL DEFAULT false,
    lower_organization_id bigint REFERENCES organizations.organization (id),
    alternate_votes      int,
    replaces_attendee_id bigint REFERENCES elections.attendee (id),
    status               text CHECK (status IN ('PRESENT', 'PARTLY_PRESENT', 'ABSENT')),
    reason               text,
    reason_accepted      boolean NOT NULL DEFAULT false,
    UNIQUE (congress_id, member_id)
);
CREATE INDEX attendee_congress ON elections.attendee (congress_id);

-- An election at a congress: what it fills and how many seats; its list is in candidate, its rounds in round.
CREATE TABLE elections.election (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    congress_id          bigint  NOT NULL REFERENCES elections.congress (id) ON DELETE CASCADE,
    kind                 text    NOT NULL CHECK (kind IN ('COMMITTEE', 'STANDING_COMMITTEE', 'SECRETARY',
                                                          'DEPUTY_SECRETARY', 'INSPECTION_COMMITTEE',
                                                          'INSPECTION_CHAIR', 'DELEGATE', 'ALTERNATE_DELEGATE')),
    seats                int     NOT NULL CHECK (seats BETWEEN 1 AND 500),
    -- OPEN while rounds are held; DONE when every seat is filled; ENDED when the congress stopped with seats left;
    -- APPOINTMENT when the higher committee is to appoint (a branch secretary after three rounds).
    status               text    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'ENDED', 'APPOINTMENT')),
    -- An alternate delegates' election continues the list of this official delegates' election (QĐ 190 Điều 18).
    official_election_id bigint REFERENCES elections.election (id),
    created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX election_congress ON elections.election (congress_id);

-- The election's adopted list, printed in Vietnamese alphabetical order by given name.
CREATE TABLE elections.candidate (
    election_id  bigint  NOT NULL REFERENCES elections.election (id) ON DELETE CASCADE,
    member_id    bigint  NOT NULL,
    full_name    text    NOT NULL,
    given_name   text    NOT NULL,
    -- COMMITTEE_LIST: the convening committee's list; FLOOR: nominated at the congress; SELF: self-nominated.
    source       text    NOT NULL DEFAULT 'COMMITTEE_LIST' CHECK (source IN ('COMMITTEE_LIST', 'FLOOR', 'SELF')),
    withdrawn    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (election_id, member_id)
);

-- Nominations and self-nominations at the congress, with the presidium's opinion ballot (HD 04 form 5).
CREATE TABLE elections.nomination (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    election_id   bigint  NOT NULL REFERENCES elections.election (id) ON DELETE CASCADE,
    member_id     bigint  NOT NULL,
    full_name     text    NOT NULL,
    nominated_by  bigint,
    self          boolean NOT NULL,
    present       int     NOT NULL CHECK (present > 0),
    in_favour     int     NOT NULL CHECK (in_favour >= 0 AND in_favour <= present),
    added         boolean NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX nomination_election ON elections.nomination (election_id);

-- The counting committee (Ban kiểm phiếu) of an election, checked against its list.
CREATE TABLE elections.teller (
    election_id bigint  NOT NULL REFERENCES elections.election (id) ON DELETE CASCADE,
    member_id   bigint  NOT NULL,
    full_name   text    NOT NULL,
    head        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (election_id, member_id)
);

-- A round of voting: its list (round_candidate, in ballot order), the seats it is for, the form of its ballot, the
-- denominator on the day, the ballots issued and returned, and how many independent entries are made.
CREATE TABLE elections.round (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    election_id  bigint   NOT NULL REFERENCES elections.election (id) ON DELETE CASCADE,
    number       int      NOT NULL CHECK (number >= 1),
    kind         text     NOT NULL CHECK (kind IN ('FIRST', 'RUNOFF', 'FURTHER')),
    seats        int      NOT NULL CHECK (seats >= 1),
    form         text     NOT NULL CHECK (form IN ('CROSSING_OUT', 'AGREE_DISAGREE', 'SINGLE_NAME')),
    entries      smallint NOT NULL DEFAULT 1 CHECK (entries BETWEEN 1 AND 3),
    issued       int CHECK (issued >= 0),
    returned     int CHECK (returned >= 0),
    denominator  int CHECK (denominator >= 0),
    counted      boolean  NOT NULL DEFAULT false,
    counted_at   timestamptz,
    UNIQUE (election_id, number)
);

CREATE TABLE elections.round_candidate (
    round_id  bigint NOT NULL REFERENCES elections.round (id) ON DELETE CASCADE,
    position  int    NOT NULL CHECK (position >= 0),
    member_id bigint NOT NULL,
    full_name text   NOT NULL,
    votes     int,
    elected   boolean,
    PRIMARY KEY (round_id, position),
    UNIQUE (round_id, member_id)
);

-- One paper ballot as one entry read it: the positions of the names kept (crossing-out), the marks in list order
-- (agree/disagree: A, D, B for both, N for neither), or the reason the counting committee declared it invalid.
CREATE TABLE elections.ballot (
    round_id     bigint   NOT NULL REFERENCES elections.round (id) ON DELETE CASCADE,
    entry        smallint NOT NULL CHECK (entry BETWEEN 1 AND 3),
    number       int      NOT NULL CHECK (number >= 1),
    kept         smallint[],
    marks        text CHECK (marks ~ '^[ADBN]*$'),
    invalid_code text,
    entered_by   text     NOT NULL,
    entered_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (round_id, entry, number),
    CHECK (num_nonnulls(kept, marks, invalid_code) = 1)
);

-- The congress resolution's vote and its targets (chỉ tiêu), stored structurally for the annual review.
CREATE TABLE elections.resolution (
    congress_id bigint PRIMARY KEY REFERENCES elections.congress (id) ON DELETE CASCADE,
    title       text NOT NULL,
    content     text NOT NULL,
    agree       int  NOT NULL CHECK (agree >= 0),
    disagree    int  NOT NULL CHECK (disagree >= 0),
    abstain     int  NOT NULL CHECK (abstain >= 0),
    denominator int  NOT NULL CHECK (denominator >= 0),
    adopted     boolean NOT NULL
);

CREATE TABLE elections.target (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    congress_id bigint  NOT NULL REFERENCES elections.congress (id) ON DELETE CASCADE,
    position    int     NOT NULL,
    indicator   text    NOT NULL,
    comparator  text    NOT NULL CHECK (comparator IN ('AT_LEAST', 'AT_MOST', 'EQUAL', 'NONE')),
    threshold   numeric(12, 2),
    unit        text    NOT NULL CHECK (unit IN ('PERCENT', 'COUNT')),
    base        text,
    yearly      boolean NOT NULL DEFAULT true
);
CREATE INDEX target_congress ON elections.target (congress_id);

-- Congress documents are numbered from 01 in one run across all types (HD 36-HD/VPTW §II.1), from the preparatory
-- session to the closing; the same source gets its first number again.
CREATE TABLE elections.congress_document (
    congress_id bigint NOT NULL REFERENCES elections.congress (id) ON DELETE CASCADE,
    number      int    NOT NULL CHECK (number >= 1),
    type        text   NOT NULL,
    title       text   NOT NULL,
    source      text   NOT NULL,
    issued_on   date   NOT NULL,
    PRIMARY KEY (congress_id, number),
    UNIQUE (congress_id, source)
);

-- The committee seats created in organizations from an election's results, so that a refusal or annulment by the
-- higher committee can end them.
CREATE TABLE elections.seat_link (
    election_id bigint NOT NULL REFERENCES elections.election (id) ON DELETE CASCADE,
    member_id   bigint NOT NULL,
    term_id     bigint NOT NULL,
    seat_id     bigint NOT NULL,
    PRIMARY KEY (election_id, member_id)
);

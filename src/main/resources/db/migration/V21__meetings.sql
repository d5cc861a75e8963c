CREATE SCHEMA meetings;

CREATE TABLE meetings.meeting (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id     bigint      NOT NULL REFERENCES organizations.organization (id),
    kind                text        NOT NULL CHECK (kind IN ('REGULAR', 'THEMATIC', 'COMBINED', 'COMMITTEE',
                                                             'REVIEW_CONFERENCE', 'EXTRAORDINARY', 'MODEL')),
    status              text        NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'CLOSED')),
    meeting_date        date        NOT NULL,
    topic               text,
    place               text,
    starts_at           time,
    ends_at             time,
    chair               text,
    clerk               text,
    documents_shared_on date,
    conclusion          text,
    dues_collected      bigint CHECK (dues_collected >= 0),
    publish_score       boolean     NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    closed_at           timestamptz
);
CREATE INDEX meeting_organization_date ON meetings.meeting (organization_id, meeting_date);

CREATE TABLE meetings.guest (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id bigint NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    full_name  text   NOT NULL,
    title      text,
    kind       text   NOT NULL CHECK (kind IN ('HIGHER_COMMITTEE', 'LEADER', 'OBSERVER', 'OTHER'))
);
CREATE INDEX guest_meeting ON meetings.guest (meeting_id);

-- The branch's members on the meeting's date, as taken when attendance was recorded.
CREATE TABLE meetings.attendance (
    meeting_id bigint  NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    member_id  bigint  NOT NULL,
    full_name  text    NOT NULL,
    official   boolean NOT NULL,
    presence   text    NOT NULL CHECK (presence IN ('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED', 'EXEMPT', 'AWAY',
                                                    'SUSPENDED')),
    reason     text,
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE meetings.agenda_item (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id bigint NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    title      text   NOT NULL
);
CREATE INDEX agenda_item_meeting ON meetings.agenda_item (meeting_id);

CREATE TABLE meetings.report (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id bigint NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    presenter  text   NOT NULL,
    title      text   NOT NULL,
    file_name  text,
    content    bytea
);
CREATE INDEX report_meeting ON meetings.report (meeting_id);

CREATE TABLE meetings.opinion (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id bigint NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    speaker    text   NOT NULL,
    member_id  bigint,
    summary    text   NOT NULL
);
CREATE INDEX opinion_meeting ON meetings.opinion (meeting_id);

CREATE TABLE meetings.task (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id  bigint  NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    assignee    text    NOT NULL,
    description text    NOT NULL,
    due_on      date,
    done        boolean NOT NULL DEFAULT false
);
CREATE INDEX task_meeting ON meetings.task (meeting_id);

CREATE TABLE meetings.decision (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id  bigint  NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    kind        text    NOT NULL CHECK (kind IN ('RESOLUTION', 'DECISION')),
    title       text    NOT NULL,
    content     text    NOT NULL,
    agree       int     NOT NULL CHECK (agree >= 0),
    disagree    int     NOT NULL CHECK (disagree >= 0),
    abstain     int     NOT NULL CHECK (abstain >= 0),
    denominator int     NOT NULL CHECK (denominator >= 0),
    passed      boolean NOT NULL
);
CREATE INDEX decision_meeting ON meetings.decision (meeting_id);

CREATE TABLE meetings.correction (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id   bigint      NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    corrected_by text        NOT NULL,
    corrected_at timestamptz NOT NULL DEFAULT now(),
    what         text        NOT NULL,
    reason       text        NOT NULL
);

-- Scoring templates are data: groups of criteria with maximum points, automatic rules, and bands.
CREATE TABLE meetings.scoring_template (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            text NOT NULL UNIQUE,
    name            text NOT NULL,
    issuing_body    text NOT NULL,
    effective_from  date NOT NULL,
    organization_id bigint REFERENCES organizations.organization (id),
    copied_from     bigint REFERENCES meetings.scoring_template (id),
    good_min        numeric(6, 2) NOT NULL,
    fair_min        numeric(6, 2) NOT NULL,
    average_min     numeric(6, 2) NOT NULL
);

CREATE TABLE meetings.scoring_criterion (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_id  bigint        NOT NULL REFERENCES meetings.scoring_template (id) ON DELETE CASCADE,
    group_no     int           NOT NULL,
    group_name   text          NOT NULL,
    position     int           NOT NULL,
    text         text          NOT NULL,
    max_points   numeric(6, 2) NOT NULL CHECK (max_points > 0),
    rule         text,
    key_for_good boolean       NOT NULL DEFAULT false
);
CREATE INDEX scoring_criterion_template ON meetings.scoring_criterion (template_id);

CREATE TABLE meetings.score (
    meeting_id  bigint        NOT NULL REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    criterion_id bigint       NOT NULL REFERENCES meetings.scoring_criterion (id),
    points      numeric(6, 2) NOT NULL CHECK (points >= 0),
    PRIMARY KEY (meeting_id, criterion_id)
);

CREATE TABLE meetings.score_result (
    meeting_id  bigint PRIMARY KEY REFERENCES meetings.meeting (id) ON DELETE CASCADE,
    template_id bigint        NOT NULL REFERENCES meetings.scoring_template (id),
    total       numeric(6, 2) NOT NULL,
    band        text          NOT NULL CHECK (band IN ('GOOD', 'FAIR', 'AVERAGE', 'POOR')),
    scored_by   text          NOT NULL,
    scored_at   timestamptz   NOT NULL DEFAULT now()
);

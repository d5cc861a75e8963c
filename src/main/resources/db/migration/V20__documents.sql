CREATE SCHEMA documents;

-- The last number issued per issuing organization, document type and committee term (HD 36-HD/VPTW §II.1):
-- numbers run from 01 within a term and are never reused. The row lock of the upsert serialises concurrent issuing.
CREATE TABLE documents.number_counter (
    organization_id bigint NOT NULL REFERENCES organizations.organization (id),
    type            text   NOT NULL,
    term_id         bigint NOT NULL REFERENCES organizations.term (id),
    last_number     int    NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (organization_id, type, term_id)
);

CREATE TABLE documents.issued_document (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint      NOT NULL REFERENCES organizations.organization (id),
    type            text        NOT NULL,
    term_id         bigint      NOT NULL REFERENCES organizations.term (id),
    number          int         NOT NULL,
    symbol          text        NOT NULL,
    issued_on       date        NOT NULL,
    title           text        NOT NULL,
    source          text,
    issued_by       text        NOT NULL,
    issued_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, type, term_id, number)
);
-- One document per type and source (a meeting has one set of minutes).
CREATE UNIQUE INDEX issued_document_source ON documents.issued_document (organization_id, type, source)
    WHERE source IS NOT NULL;

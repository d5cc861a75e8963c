-- Member imports started from the page, kept so that a restart (even kill -9) does not make a running import vanish:
-- an import that was running when the application stopped shows as interrupted. Its rows were written in one
-- transaction, so an interrupted import wrote nothing. The node running an import touches its heartbeat; a running
-- import whose heartbeat stopped for two minutes was interrupted (several nodes may share the database).
CREATE TABLE members.import_job (
    id              uuid PRIMARY KEY,
    owner           text        NOT NULL,
    organization_id bigint      NOT NULL REFERENCES organizations.organization (id),
    file_name       text,
    dry_run         boolean     NOT NULL,
    valid_only      boolean     NOT NULL,
    state           text        NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED', 'CANCELLED', 'INTERRUPTED')),
    started_at      timestamptz NOT NULL DEFAULT now(),
    heartbeat       timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    rows_read       bigint,
    imported        bigint,
    rejected        bigint,
    message         text
);
CREATE INDEX import_job_owner ON members.import_job (owner, started_at DESC);

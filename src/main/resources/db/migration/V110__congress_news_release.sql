-- The convening committee releases the news draft of a closed congress to the portal's editors above it, who
-- otherwise may not read congresses: until then only those who may read the congress see its draft.
CREATE TABLE elections.news_release (
    congress_id bigint      PRIMARY KEY REFERENCES elections.congress (id) ON DELETE CASCADE,
    released_by text        NOT NULL,
    released_at timestamptz NOT NULL DEFAULT now()
);

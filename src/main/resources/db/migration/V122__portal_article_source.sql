-- The record an article was drafted from (a closed meeting or congress, owned by the meetings and elections modules,
-- so referenced by id and kind without a foreign key) and the facts its draft stated, as the draft wrote them: the
-- checks before submission compare the article with the record (read again when the editor may still read its news
-- draft, these stored facts otherwise).
CREATE TABLE portal.article_source (
    article_id bigint PRIMARY KEY REFERENCES portal.article (id) ON DELETE CASCADE,
    kind       text   NOT NULL CHECK (kind IN ('MEETING', 'CONGRESS')),
    record_id  bigint NOT NULL,
    facts      jsonb  NOT NULL DEFAULT '[]'
);

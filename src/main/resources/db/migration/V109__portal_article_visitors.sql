-- Which visitors (the day's salted hashes of portal.visitor_day) have viewed which article today: an article counts
-- one view per visitor and day however many nodes served the visitor, since every node adds its batch here and counts
-- only the rows that were new. Rows of days before yesterday are deleted by the prune that sums portal.visitor_day up.
CREATE TABLE portal.article_visitor_day (
    article_id   bigint NOT NULL REFERENCES portal.article (id) ON DELETE CASCADE,
    day          date   NOT NULL,
    visitor_hash text   NOT NULL,
    PRIMARY KEY (article_id, day, visitor_hash)
);
CREATE INDEX article_visitor_day_day ON portal.article_visitor_day (day);

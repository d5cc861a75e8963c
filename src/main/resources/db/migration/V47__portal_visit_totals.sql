-- The daily visitor counts of days older than the detailed window: the per-visitor rows of portal.visitor_day are
-- summed up here and deleted, so that the table does not grow without bound while the all-time total stays right.
CREATE TABLE portal.visit_day_total (
    site_id  bigint NOT NULL REFERENCES portal.site (id) ON DELETE CASCADE,
    day      date   NOT NULL,
    visitors int    NOT NULL,
    views    bigint NOT NULL,
    PRIMARY KEY (site_id, day)
);

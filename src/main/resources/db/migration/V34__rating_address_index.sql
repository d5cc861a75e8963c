-- Ratings of one article from one address (its salted hash) in the last day: a reader who clears her cookie to rate
-- again is held to a daily number per address (see RatingRules.PER_ADDRESS_PER_ARTICLE_PER_DAY).
CREATE INDEX article_rating_address ON portal.article_rating (article_id, address_hash, rated_at);

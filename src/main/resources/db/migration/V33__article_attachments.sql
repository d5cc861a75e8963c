-- Files attached to an article (office documents and PDFs from the site's media library), listed under the article
-- with their name, type and size. Like the images an article shows, a file becomes public with the article.
CREATE TABLE portal.article_attachment (
    article_id bigint NOT NULL REFERENCES portal.article (id) ON DELETE CASCADE,
    media_id   bigint NOT NULL REFERENCES portal.media (id) ON DELETE CASCADE,
    position   int    NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, media_id)
);
CREATE INDEX article_attachment_media ON portal.article_attachment (media_id);

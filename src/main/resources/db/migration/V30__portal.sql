-- The public portal: sites (main and component), categories, articles with their editorial workflow and revisions,
-- the media library (stored here so that every application node serves the same files), ratings and visit counts.
CREATE SCHEMA portal;

CREATE TABLE portal.site (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint      NOT NULL REFERENCES organizations.organization (id),
    slug             text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 60),
    host_name        citext UNIQUE,
    main             boolean     NOT NULL DEFAULT false,
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    banner_text      text,
    managing_agency  text,
    licence          text,
    content_managers text,
    address          text,
    phone            text,
    fax              text,
    email            text,
    created_at       timestamptz NOT NULL DEFAULT now()
);
-- Only one main portal.
CREATE UNIQUE INDEX site_one_main ON portal.site (main) WHERE main;

CREATE TABLE portal.category (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id  bigint NOT NULL REFERENCES portal.site (id) ON DELETE CASCADE,
    slug     text   NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name     text   NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    position int    NOT NULL DEFAULT 0,
    UNIQUE (site_id, slug)
);

CREATE TABLE portal.media (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id      bigint      NOT NULL REFERENCES portal.site (id) ON DELETE CASCADE,
    sha256       text        NOT NULL,
    content_type text        NOT NULL,
    file_name    text        NOT NULL,
    width        int,
    height       int,
    size_bytes   int         NOT NULL,
    bytes        bytea       NOT NULL,
    alt_text     text,
    caption      text,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site_id, sha256)
);

-- Images are re-encoded once at a few widths; the page offers them through srcset.
CREATE TABLE portal.media_variant (
    media_id     bigint NOT NULL REFERENCES portal.media (id) ON DELETE CASCADE,
    width        int    NOT NULL,
    content_type text   NOT NULL,
    bytes        bytea  NOT NULL,
    PRIMARY KEY (media_id, width)
);

CREATE TABLE portal.article (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id         bigint      NOT NULL REFERENCES portal.site (id),
    slug            text        NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title           text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    lead            text        NOT NULL DEFAULT '',
    body            text        NOT NULL DEFAULT '',
    body_text       text        NOT NULL DEFAULT '',
    byline          text        NOT NULL DEFAULT '',
    cover_media_id  bigint REFERENCES portal.media (id),
    cover_alt       text,
    featured        boolean     NOT NULL DEFAULT false,
    status          text        NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED')),
    publish_at      timestamptz,
    published_at    timestamptz,
    review_comment  text,
    check_overrides jsonb       NOT NULL DEFAULT '{}',
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         int         NOT NULL DEFAULT 0,
    search          tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, platform.fold(title)), 'A')
            || setweight(to_tsvector('simple'::regconfig, platform.fold(lead)), 'B')
            || setweight(to_tsvector('simple'::regconfig, platform.fold(body_text)), 'C')) STORED,
    UNIQUE (site_id, slug),
    CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL),
    CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL)
);
CREATE INDEX article_public ON portal.article (site_id, published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX article_search ON portal.article USING gin (search);
CREATE INDEX article_scheduled ON portal.article (publish_at) WHERE status = 'SCHEDULED';

CREATE TABLE portal.article_category (
    article_id  bigint NOT NULL REFERENCES portal.article (id) ON DELETE CASCADE,
    category_id bigint NOT NULL REFERENCES portal.category (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, category_id)
);
CREATE INDEX article_category_category ON portal.article_category (category_id);

CREATE TABLE portal.article_tag (
    article_id bigint NOT NULL REFERENCES portal.article (id) ON DELETE CASCADE,
    slug       text   NOT NULL,
    name       text   NOT NULL,
    PRIMARY KEY (article_id, slug)
);
CREATE INDEX article_tag_slug ON portal.article_tag (slug);

-- The library files an article shows (cover and body images): a file is public only once an article showing it is.
CREATE TABLE portal.article_media (
    article_id bigint NOT NULL REFERENCES portal.article (id) ON DELETE CASCADE,
    media_id   bigint NOT NULL REFERENCES portal.media (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, media_id)
);
CREATE INDEX article_media_media ON portal.article_media (media_id);

-- Every save keeps the whole text, so that versions can be compared and restored.
CREATE TABLE portal.article_revision (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint      NOT NULL REFERENCES portal.article (id) ON DELETE CASCADE,
    number     int         NOT NULL,
    title      text        NOT NULL,
    lead       text        NOT NULL,
    body       text        NOT NULL,
    byline     text        NOT NULL,
    status     text        NOT NULL,
    note       text,
    saved_by   text        NOT NULL,
    saved_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (article_id, number)
);

-- One rating per reader per article: the reader is a random cookie id, or, without cookie, a salted address hash.
CREATE TABLE portal.article_rating (
    article_id   bigint      NOT NULL REFERENCES portal.article (id) ON DELETE CASCADE,
    reader       text        NOT NULL,
    address_hash text        NOT NULL,
    stars        smallint    NOT NULL CHECK (stars BETWEEN 1 AND 5),
    rated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, reader)
);

-- A visitor is a salted hash of address and browser, salted anew each day: no address is stored.
CREATE TABLE portal.visitor_day (
    site_id      bigint      NOT NULL REFERENCES portal.site (id) ON DELETE CASCADE,
    day          date        NOT NULL,
    visitor_hash text        NOT NULL,
    last_seen    timestamptz NOT NULL,
    views        int         NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, day, visitor_hash)
);
CREATE INDEX visitor_day_seen ON portal.visitor_day (site_id, last_seen DESC);

CREATE TABLE portal.article_views (
    article_id bigint PRIMARY KEY REFERENCES portal.article (id) ON DELETE CASCADE,
    views      bigint NOT NULL DEFAULT 0
);

-- Single sign-on (OpenID Connect): a person's account at the province's identity provider, named by the provider's
-- issuer and its subject identifier (never by an e-mail address, which the provider may let its users change), linked
-- to one ChiBo account by that account's holder while signed in with her password. One link per provider and account.
CREATE TABLE platform.account_identity (
    issuer       text        NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
    subject      text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
    user_id      bigint      NOT NULL REFERENCES platform.app_user (id) ON DELETE CASCADE,
    -- What the provider called the account when it was linked (its user name or e-mail), shown to the holder only.
    shown_as     text        CHECK (length(shown_as) <= 320),
    linked_at    timestamptz NOT NULL,
    last_used_at timestamptz,
    PRIMARY KEY (issuer, subject),
    UNIQUE (user_id, issuer)
);

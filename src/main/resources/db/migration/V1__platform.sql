-- Extensions used across modules: accent-insensitive search, trigram similarity, materialized tree paths.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE SCHEMA platform;

-- Lower-case, accent-free form of Vietnamese text for search ("Nguyễn Thị Hương" -> "nguyen thi huong").
-- unaccent() is only STABLE; naming the dictionary makes this wrapper safe to declare IMMUTABLE for indexes.
CREATE FUNCTION platform.fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE platform.app_user (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username             citext      NOT NULL UNIQUE CHECK (username ~ '^[A-Za-z0-9._-]{3,64}$'),
    password_hash        text        NOT NULL,
    full_name            text        NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    email                text,
    enabled              boolean     NOT NULL DEFAULT true,
    must_change_password boolean     NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now(),
    password_changed_at  timestamptz
);

-- A grant applies to the organization and its whole subtree; a grant without organization covers the whole system.
CREATE TABLE platform.role_grant (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id         bigint      NOT NULL REFERENCES platform.app_user (id) ON DELETE CASCADE,
    organization_id bigint,
    role            text        NOT NULL CHECK (role IN ('ADMIN', 'COMMITTEE', 'SECRETARY', 'CLERK', 'EDITOR',
                                                         'EDITOR_IN_CHIEF', 'MEMBER')),
    granted_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (user_id, organization_id, role)
);
CREATE INDEX role_grant_user ON platform.role_grant (user_id);

CREATE TABLE platform.setting (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE platform.audit_log (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor          text        NOT NULL,
    action         text        NOT NULL,
    entity_type    text        NOT NULL,
    entity_id      text,
    before_value   jsonb,
    after_value    jsonb,
    remote_address text
);
CREATE INDEX audit_log_time ON platform.audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_entity ON platform.audit_log (entity_type, entity_id);
CREATE INDEX audit_log_actor ON platform.audit_log (actor, occurred_at DESC);

-- The audit log is append-only for the application: no update, delete or truncate goes through.
CREATE FUNCTION platform.audit_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'platform.audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON platform.audit_log
    FOR EACH ROW EXECUTE FUNCTION platform.audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON platform.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit_log_is_append_only();

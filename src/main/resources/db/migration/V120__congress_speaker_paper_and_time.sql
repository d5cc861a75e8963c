-- A speaker may present one of the congress's discussion papers (tham luận) rather than speak on a topic of her own,
-- and her turn's end is kept beside its start, so that the page, the API and the congress minutes tell who was heard,
-- on what, and for how long.
ALTER TABLE elections.congress_speaker
    ADD COLUMN paper_id bigint REFERENCES elections.preparation_paper (id) ON DELETE SET NULL,
    ADD COLUMN ended_at timestamptz,
    ADD CONSTRAINT congress_speaker_ended CHECK (ended_at IS NULL OR (called_at IS NOT NULL AND ended_at >= called_at));

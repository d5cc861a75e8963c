-- Glossary names: what a meeting adopts by its vote is a resolution (nghị quyết) or a conclusion (kết luận); the
-- table and the kind that called them decisions follow the glossary. Audit actions already written keep their names.
ALTER TABLE meetings.decision RENAME TO resolution;
ALTER INDEX meetings.decision_meeting RENAME TO resolution_meeting;
ALTER SEQUENCE meetings.decision_id_seq RENAME TO resolution_id_seq;
ALTER TABLE meetings.resolution DROP CONSTRAINT decision_kind_check;
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE conrelid = 'meetings.resolution'::regclass AND conname LIKE 'decision\_%'
    LOOP
        EXECUTE format('ALTER TABLE meetings.resolution RENAME CONSTRAINT %I TO %I',
                       c.conname, 'resolution' || substr(c.conname, length('decision') + 1));
    END LOOP;
END
$$;
UPDATE meetings.resolution SET kind = 'CONCLUSION' WHERE kind = 'DECISION';
ALTER TABLE meetings.resolution ADD CONSTRAINT resolution_kind_check
    CHECK (kind IN ('RESOLUTION', 'CONCLUSION', 'ADMISSION', 'RECOGNITION'));

-- A valid reason recorded by mistake is withdrawn, never deleted: the row stays with who withdrew it, when and why,
-- and a withdrawn reason no longer keeps its months out of the warning of 3 unpaid months in a year.
ALTER TABLE dues.excuse
    ADD COLUMN withdrawn_by      text,
    ADD COLUMN withdrawn_at      timestamptz,
    ADD COLUMN withdrawal_reason text CHECK (length(withdrawal_reason) BETWEEN 1 AND 500),
    ADD CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)
               AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL));

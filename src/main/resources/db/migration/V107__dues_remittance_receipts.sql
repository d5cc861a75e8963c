-- The level above's acknowledgement that it received what a branch sent up for a closed month (one per sheet): the
-- amount it counted, the day it received it, who recorded that and when. What the branch had to send is not stored
-- here: it is the sheet's collected total less the share kept (kept_percent fixed at closing), so a later correction
-- of the month shows as a difference against the amount acknowledged. Replaced, never deleted; the audit log keeps
-- the value replaced.
CREATE TABLE dues.receipt (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sheet_id                  bigint      NOT NULL UNIQUE REFERENCES dues.sheet (id),
    receiving_organization_id bigint      NOT NULL REFERENCES organizations.organization (id),
    amount                    bigint      NOT NULL CHECK (amount BETWEEN 0 AND 100000000000),
    received_on               date        NOT NULL,
    note                      text CHECK (length(note) BETWEEN 1 AND 500),
    recorded_by               text        NOT NULL,
    recorded_at               timestamptz NOT NULL
);

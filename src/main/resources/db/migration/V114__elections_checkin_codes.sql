-- The code on a delegate's card (thẻ đại biểu), printed as text and as a QR code, that checks her in at the congress's
-- door. Issued to those who vote, unique within the congress; a code of another congress admits no one.
ALTER TABLE elections.attendee ADD COLUMN checkin_code text CHECK (checkin_code ~ '^[2-9A-HJKMNP-Z]{8}$');
CREATE UNIQUE INDEX attendee_checkin_code ON elections.attendee (congress_id, checkin_code) WHERE checkin_code IS NOT NULL;

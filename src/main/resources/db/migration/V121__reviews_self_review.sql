-- The member's own written self-review (bản tự kiểm điểm): what she did well in the year, her shortcomings and how she
-- will remedy them, sent from her own account with the level she rates herself (kept in self_level); the branch reads it
-- before its review meeting. Personal and confidential: only she and those who manage the review read it.
ALTER TABLE reviews.member_review
    ADD COLUMN self_strengths    text CHECK (length(self_strengths) <= 20000),
    ADD COLUMN self_shortcomings text CHECK (length(self_shortcomings) <= 20000),
    ADD COLUMN self_remedies     text CHECK (length(self_remedies) <= 20000),
    ADD COLUMN self_submitted_at timestamptz;

-- A committee member suspended only from committee activities (đình chỉ sinh hoạt cấp ủy), as the branch records it
-- in her review: unlike a member suspended from Party activities she is still reviewed and rated (QĐ 124-QĐ/TW Điều 5;
-- party-rules §3.0, §3.3). The members module records only suspension from Party activities (column suspended, taken
-- from it on the review's date); the two do not go together.
ALTER TABLE reviews.member_review
    ADD COLUMN suspended_from_committee boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT member_review_one_suspension CHECK (NOT (suspended AND suspended_from_committee));

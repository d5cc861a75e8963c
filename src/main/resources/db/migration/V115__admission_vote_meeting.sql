-- The branch meeting at which the branch voted on proposing the admission (optional: votes recorded before ChiBo kept
-- the branch's meetings have none).
ALTER TABLE admissions.branch_vote ADD COLUMN meeting_id bigint REFERENCES meetings.meeting (id);

-- A branch's resolution proposing that a member be removed from the list (đề nghị xóa tên, Điều lệ Đảng Điều 8) is a
-- vote of its meeting, and goes into the member's history beside her admission and recognition votes.
ALTER TABLE meetings.resolution DROP CONSTRAINT resolution_kind_check;
ALTER TABLE meetings.resolution ADD CONSTRAINT resolution_kind_check
    CHECK (kind IN ('RESOLUTION', 'CONCLUSION', 'ADMISSION', 'RECOGNITION', 'REMOVAL'));
ALTER TABLE members.membership_vote DROP CONSTRAINT membership_vote_kind_check;
ALTER TABLE members.membership_vote ADD CONSTRAINT membership_vote_kind_check
    CHECK (kind IN ('ADMISSION', 'RECOGNITION', 'REMOVAL'));

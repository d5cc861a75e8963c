-- The two scoring templates ChiBo ships. Committees copy and adapt them for their subtree.
INSERT INTO meetings.scoring_template (code, name, issuing_body, effective_from, good_min, fair_min, average_min)
VALUES ('HD12-2018', 'Phiếu chấm điểm chất lượng sinh hoạt chi bộ (4 nhóm tiêu chí, 100 điểm)',
        'Ban Tổ chức Trung ương – Hướng dẫn 12-HD/BTCTW ngày 06/7/2018', DATE '2018-07-06', 90, 70, 50),
       ('HD42-2025', 'Phiếu chấm điểm chất lượng sinh hoạt chi bộ (8 nhóm tiêu chí, 100 điểm)',
        'Ban Tổ chức Trung ương – Hướng dẫn 42-HD/BTCTW ngày 28/10/2025', DATE '2025-10-28', 90, 70, 50);

INSERT INTO meetings.scoring_criterion (template_id, group_no, group_name, position, text, max_points, rule, key_for_good)
SELECT t.id, c.group_no, c.group_name, c.position, c.text, c.max_points, c.rule, c.key_for_good
FROM meetings.scoring_template t
JOIN (VALUES
    (1, 'Công tác chuẩn bị', 1, 'Chuẩn bị nội dung, dự thảo nghị quyết', 10, NULL, false),
    (1, 'Công tác chuẩn bị', 2, 'Chi ủy (bí thư, phó bí thư) họp trước để thống nhất nội dung', 5, 'COMMITTEE_MET', false),
    (1, 'Công tác chuẩn bị', 3, 'Thông báo thời gian, địa điểm, nội dung cho đảng viên', 5, NULL, false),
    (2, 'Tổ chức sinh hoạt', 1, 'Tỷ lệ đảng viên dự sinh hoạt', 10, 'ATTENDANCE', true),
    (2, 'Tổ chức sinh hoạt', 2, 'Thời lượng sinh hoạt', 10, 'DURATION', true),
    (2, 'Tổ chức sinh hoạt', 3, 'Tỷ lệ đảng viên tham gia phát biểu', 10, 'SPEAKERS_SHARE', true),
    (2, 'Tổ chức sinh hoạt', 4, 'Biên bản ghi đầy đủ, chính xác', 10, NULL, true),
    (3, 'Nội dung sinh hoạt', 1, 'Nội dung thiết thực, đúng hướng dẫn, gắn với nhiệm vụ chính trị của đơn vị', 20, NULL, false),
    (4, 'Kết quả', 1, 'Kết quả thực hiện nhiệm vụ tháng trước', 20, 'PREVIOUS_TASKS', false)
) AS c (group_no, group_name, position, text, max_points, rule, key_for_good) ON true
WHERE t.code = 'HD12-2018';

INSERT INTO meetings.scoring_criterion (template_id, group_no, group_name, position, text, max_points, rule, key_for_good)
SELECT t.id, c.group_no, c.group_name, c.position, c.text, c.max_points, c.rule, c.key_for_good
FROM meetings.scoring_template t
JOIN (VALUES
    (1, 'Thời gian, thời lượng', 1, 'Bảo đảm thời lượng tối thiểu (90 phút; 120 phút khi kết hợp chuyên đề)', 5, 'DURATION', true),
    (2, 'Tỷ lệ đảng viên dự', 1, 'Tỷ lệ đảng viên dự sinh hoạt (không tính đảng viên được miễn)', 4, 'ATTENDANCE', true),
    (2, 'Tỷ lệ đảng viên dự', 2, 'Không có đảng viên vắng có lý do quá 3 lần liên tiếp trong năm', 1, NULL, false),
    (3, 'Công tác chuẩn bị', 1, 'Chuẩn bị nội dung sinh hoạt', 3, NULL, false),
    (3, 'Công tác chuẩn bị', 2, 'Dự thảo nghị quyết hoặc định hướng nhiệm vụ', 2, NULL, false),
    (3, 'Công tác chuẩn bị', 3, 'Chi ủy họp trước, có biên bản', 2, 'COMMITTEE_MET', false),
    (3, 'Công tác chuẩn bị', 4, 'Thông báo thời gian, địa điểm, nội dung cho đảng viên và cấp ủy viên phụ trách', 1, NULL, false),
    (3, 'Công tác chuẩn bị', 5, 'Đăng tài liệu lên Sổ tay đảng viên điện tử trước ít nhất 1 ngày', 2, 'DOCUMENTS_SHARED', false),
    (4, 'Tổ chức sinh hoạt', 1, 'Thực hiện đầy đủ quy trình sinh hoạt', 5, NULL, false),
    (4, 'Tổ chức sinh hoạt', 2, 'Nội dung sinh hoạt thường kỳ', 10, NULL, false),
    (4, 'Tổ chức sinh hoạt', 3, 'Nội dung sinh hoạt chuyên đề (tháng có chuyên đề)', 5, NULL, false),
    (4, 'Tổ chức sinh hoạt', 4, 'Biểu dương, phê bình đảng viên', 2, NULL, false),
    (4, 'Tổ chức sinh hoạt', 5, 'Tỷ lệ đảng viên tham gia phát biểu', 5, 'SPEAKERS_SHARE', true),
    (4, 'Tổ chức sinh hoạt', 6, 'Biên bản ghi đầy đủ', 1, NULL, true),
    (4, 'Tổ chức sinh hoạt', 7, 'Dành 15–30 phút cho tư tưởng, tự phê bình và phê bình', 1, NULL, false),
    (4, 'Tổ chức sinh hoạt', 8, 'Tài liệu sinh hoạt đăng trên ứng dụng', 1, NULL, false),
    (5, 'Vai trò của người chủ trì', 1, 'Điều hành đúng nội dung, chương trình', 2, NULL, false),
    (5, 'Vai trò của người chủ trì', 2, 'Gợi mở, phát huy dân chủ trong thảo luận', 4, NULL, false),
    (5, 'Vai trò của người chủ trì', 3, 'Kết luận rõ ràng, đúng trọng tâm', 3, NULL, false),
    (5, 'Vai trò của người chủ trì', 4, 'Bảo đảm đúng giờ', 1, NULL, false),
    (6, 'Nguyên tắc tổ chức sinh hoạt đảng', 1, 'Tập trung dân chủ', 1, NULL, false),
    (6, 'Nguyên tắc tổ chức sinh hoạt đảng', 2, 'Tự phê bình và phê bình', 2, NULL, false),
    (6, 'Nguyên tắc tổ chức sinh hoạt đảng', 3, 'Đoàn kết thống nhất', 1, NULL, false),
    (6, 'Nguyên tắc tổ chức sinh hoạt đảng', 4, 'Kỷ luật, kỷ cương', 1, NULL, false),
    (7, 'Kết quả thực hiện nghị quyết tháng trước', 1, 'Tỷ lệ nhiệm vụ tháng trước hoàn thành', 30, 'PREVIOUS_TASKS', false),
    (8, 'Kết thúc sinh hoạt', 1, 'Kết luận của người chủ trì', 2, NULL, false),
    (8, 'Kết thúc sinh hoạt', 2, 'Thông qua biên bản, nghị quyết; phân công nhiệm vụ', 2, NULL, false),
    (8, 'Kết thúc sinh hoạt', 3, 'Đăng tải kết quả trong 2 ngày sau sinh hoạt', 1, NULL, false)
) AS c (group_no, group_name, position, text, max_points, rule, key_for_good) ON true
WHERE t.code = 'HD42-2025';

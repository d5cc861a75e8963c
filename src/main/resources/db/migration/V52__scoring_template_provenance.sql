-- Issue 18, item 13: each scoring template says where it really comes from and how far that source can be trusted, and
-- whether its band "Tốt" needs the key criteria at their maximum (a rule of one provincial source, not of every sheet).
ALTER TABLE meetings.scoring_template
    ADD COLUMN source text,
    ADD COLUMN confidence text NOT NULL DEFAULT 'OWN'
        CHECK (confidence IN ('CENTRAL', 'PROVINCIAL', 'LOCAL_UNVERIFIED', 'OWN')),
    ADD COLUMN keys_at_max_for_good boolean NOT NULL DEFAULT false;

-- The 4-group sheet: ChiBo's criteria built on HD 12-HD/BTCTW (2018), with the four bands and the rule that Tốt needs the
-- key criteria (attendance, duration, participation, minutes) at their maximum, as a provincial handbook gives them.
UPDATE meetings.scoring_template SET
    name = 'Phiếu chấm điểm chất lượng sinh hoạt chi bộ (4 nhóm tiêu chí, 100 điểm; theo thực tiễn cấp tỉnh)',
    issuing_body = 'ChiBo soạn theo Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 và cách xếp loại của Sổ tay đảng viên, Đảng ủy Khối tỉnh Bình Thuận',
    source = 'Thang bốn mức (Tốt ≥ 90, Khá ≥ 70, Trung bình ≥ 50) và quy tắc bốn tiêu chí then chốt đạt điểm tối đa mới xếp Tốt: stdt.danguykhoibinhthuan.vn (Sổ tay đảng viên, mục Đánh giá chất lượng sinh hoạt). Các tiêu chí do ChiBo soạn dựa trên HD 12-HD/BTCTW, không phải mẫu của Ban Tổ chức Trung ương.',
    confidence = 'PROVINCIAL',
    keys_at_max_for_good = true
WHERE code = 'HD12-2018';

-- The 8-group sheet is a ward's (phường An Phú) scoring sheet that cites HD 42-HD/BTCTW and Chỉ thị 50-CT/TW, seen in a
-- public repository; it is not a form issued by the Central Organization Commission, and it has no key-criteria rule.
UPDATE meetings.scoring_template SET
    name = 'Phiếu chấm điểm sinh hoạt chi bộ của phường An Phú, có viện dẫn HD 42-HD/BTCTW (8 nhóm, 100 điểm)',
    issuing_body = 'Đảng ủy phường An Phú (phiếu cấp phường viện dẫn Hướng dẫn 42-HD/BTCTW ngày 28/10/2025; không phải mẫu của Ban Tổ chức Trung ương)',
    source = 'Một phiếu chấm điểm cấp phường đăng công khai trên GitHub, viện dẫn HD 42-HD/BTCTW và Chỉ thị 50-CT/TW; chưa đối chiếu với văn bản gốc của Trung ương. Cấp ủy nên tải phiếu chính thức của mình lên thay thế.',
    confidence = 'LOCAL_UNVERIFIED',
    keys_at_max_for_good = false
WHERE code = 'HD42-2025';

-- Copies a committee made keep their original's provenance.
UPDATE meetings.scoring_template c SET
    source = t.source, confidence = t.confidence, keys_at_max_for_good = t.keys_at_max_for_good
FROM meetings.scoring_template t
WHERE c.copied_from = t.id;

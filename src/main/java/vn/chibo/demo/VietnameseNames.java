package vn.chibo.demo;

import java.util.List;
import java.util.Random;

/** Generates plausible Vietnamese full names from common family, middle and given names; repeatable by seed. */
final class VietnameseNames {

    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai", "Tạ", "Hà");
    private static final List<String> MALE_MIDDLE =
            List.of("Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công", "Xuân", "Trọng", "Đình", "Ngọc");
    private static final List<String> FEMALE_MIDDLE =
            List.of("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim", "Phương", "Diệu", "Bích");
    private static final List<String> MALE_GIVEN = List.of(
            "Anh", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Huy", "Khánh", "Kiên", "Long", "Lâm", "Nam",
            "Nghĩa", "Phong", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Toàn", "Tuấn", "Việt", "Vinh");
    private static final List<String> FEMALE_GIVEN = List.of(
            "Anh", "Ánh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hằng", "Hạnh", "Hoa", "Hương", "Huyền", "Lan", "Liên",
            "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Trang", "Yến");

    private final Random random;

    VietnameseNames(long seed) {
        this.random = new Random(seed);
    }

    String next(boolean female) {
        String family = pick(FAMILY);
        String middle = pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
        String given = pick(female ? FEMALE_GIVEN : MALE_GIVEN);
        return family + " " + middle + " " + given;
    }

    boolean nextFemale() {
        // Women are the majority of teachers.
        return random.nextInt(100) < 68;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}

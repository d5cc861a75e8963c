package vn.chibo.members;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 54 ethnic groups of Vietnam (Danh mục các dân tộc Việt Nam, Tổng cục Thống kê), with common spellings. */
public final class Ethnicities {

    public static final List<String> NAMES = List.of(
            "Kinh",
            "Tày",
            "Thái",
            "Mường",
            "Khmer",
            "Hoa",
            "Nùng",
            "Mông",
            "Dao",
            "Gia Rai",
            "Ê Đê",
            "Ba Na",
            "Sán Chay",
            "Chăm",
            "Cơ Ho",
            "Xơ Đăng",
            "Sán Dìu",
            "Hrê",
            "Ra Glai",
            "Mnông",
            "Thổ",
            "Xtiêng",
            "Khơ Mú",
            "Bru-Vân Kiều",
            "Cơ Tu",
            "Giáy",
            "Tà Ôi",
            "Mạ",
            "Giẻ-Triêng",
            "Co",
            "Chơ Ro",
            "Xinh Mun",
            "Hà Nhì",
            "Chu Ru",
            "Lào",
            "Kháng",
            "La Chí",
            "Phù Lá",
            "La Hủ",
            "La Ha",
            "Pà Thẻn",
            "Lự",
            "Ngái",
            "Chứt",
            "Lô Lô",
            "Mảng",
            "Cơ Lao",
            "Bố Y",
            "Cống",
            "Si La",
            "Pu Péo",
            "Rơ Măm",
            "Brâu",
            "Ơ Đu");

    private static final Map<String, String> BY_KEY = new LinkedHashMap<>();

    static {
        for (String name : NAMES) {
            BY_KEY.put(VietnameseText.key(name), name);
        }
        BY_KEY.put(VietnameseText.key("H'Mông"), "Mông");
        BY_KEY.put(VietnameseText.key("Hmông"), "Mông");
        BY_KEY.put(VietnameseText.key("Khơ-me"), "Khmer");
        BY_KEY.put(VietnameseText.key("Việt"), "Kinh");
    }

    private Ethnicities() {}

    /** The official name for a spelling, ignoring case, diacritics, spaces and hyphens. */
    public static Optional<String> find(String spelling) {
        return Optional.ofNullable(BY_KEY.get(VietnameseText.key(spelling)));
    }
}

package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugTests {

    @Test
    void vietnameseTitlesBecomeAsciiAddresses() {
        assertThat(Slug.of("Đại hội Chi bộ Trường THPT Lê Lợi nhiệm kỳ 2025–2027"))
                .isEqualTo("dai-hoi-chi-bo-truong-thpt-le-loi-nhiem-ky-2025-2027");
        assertThat(Slug.of("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"))
                .isEqualTo("hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh");
        assertThat(Slug.of("ĐẢNG ỦY SỞ – Ngày hội “Đọc sách”!")).isEqualTo("dang-uy-so-ngay-hoi-doc-sach");
    }

    @Test
    void decomposedInputGivesTheSameAddress() {
        String decomposed = java.text.Normalizer.normalize("Kết nạp đảng viên", java.text.Normalizer.Form.NFD);
        assertThat(Slug.of(decomposed)).isEqualTo("ket-nap-dang-vien");
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slug.of("Hội nghị ".repeat(30));
        assertThat(slug.length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(slug).endsWith("nghi").doesNotEndWith("-");
        assertThat(Slug.isValid(slug)).isTrue();
    }

    @Test
    void onlyLowerCaseAsciiWordsJoinedByHyphensAreValid() {
        assertThat(Slug.isValid("dai-hoi-2025")).isTrue();
        assertThat(Slug.isValid("Dai-hoi")).isFalse();
        assertThat(Slug.isValid("dai--hoi")).isFalse();
        assertThat(Slug.isValid("-dai")).isFalse();
        assertThat(Slug.isValid("đại")).isFalse();
        assertThat(Slug.isValid("../etc")).isFalse();
        assertThat(Slug.of("!!!")).isEmpty();
    }
}

package vn.chibo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A ballot stays on one A4 page with its seal area, title and every name, however long the list. */
class BallotSheetTests {

    static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Đặng", "Bùi");
    static final List<String> GIVEN = List.of(
            "Ánh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hằng", "Khôi", "Lộc", "Mai", "Nguyệt", "Ơn", "Phượng",
            "Quỳnh", "Sương", "Thắm", "Uyển", "Vĩnh", "Xuyến", "Yến");

    static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(FAMILY.get(i % FAMILY.size()) + " Thị Thanh " + GIVEN.get(i % GIVEN.size()));
        }
        return names;
    }

    static BallotSheet ballot(int n, boolean agreeDisagree) {
        List<String> headers =
                agreeDisagree ? List.of("STT", "Họ và tên", "Đồng ý", "Không đồng ý") : List.of("STT", "Họ và tên");
        return new BallotSheet(
                "ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH SƠN",
                "Dấu của cấp ủy triệu tập",
                "ĐẠI HỘI ĐẢNG BỘ SỞ GIÁO DỤC VÀ ĐÀO TẠO LẦN THỨ BẢY",
                "PHIẾU BẦU CỬ",
                "Đại biểu đi dự Đại hội Đảng bộ tỉnh",
                agreeDisagree ? "Đánh dấu X vào một ô ở mỗi tên." : "Gạch ngang cả họ và tên người không bầu.",
                headers,
                names(n));
    }

    @ParameterizedTest
    @CsvSource({"9, false", "30, false", "40, false", "65, false", "1, true", "30, true", "45, true"})
    void everyNameFitsOnOnePage(int count, boolean agreeDisagree) throws Exception {
        byte[] pdf = new DocumentRenderer(new ResourceBundleMessageSource()).ballotPdf(ballot(count, agreeDisagree));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("PHIẾU BẦU CỬ").contains("Dấu của cấp ủy triệu tập");
            for (String name : names(count)) {
                assertThat(text).contains(name);
            }
            assertThat(text.contains("Không đồng ý")).isEqualTo(agreeDisagree);
        }
    }
}

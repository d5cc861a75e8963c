package vn.chibo.demo;

import java.util.ArrayList;
import java.util.List;

/** The demo portals' articles, written for ChiBo: titles, leads, bodies, bylines and where each is filed. */
final class DemoStories {

    private DemoStories() {}

    /** An article to publish; its tags are the last arguments, as many as it has. */
    record Story(
            String title,
            String lead,
            String body,
            String byline,
            String category,
            int picture,
            String alt,
            String caption,
            int daysAgo,
            boolean featured,
            String... tags) {}

    static List<Story> main() {
        List<Story> s = new ArrayList<>();
        s.add(new Story(
                "Đại hội Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn lần thứ IX, nhiệm kỳ 2025–2030",
                "Với tinh thần đoàn kết, đổi mới, đại hội đã bầu Ban Chấp hành nhiệm kỳ 2025–2030 gồm 9 đồng chí và"
                        + " thông qua nghị quyết với năm chỉ tiêu chủ yếu.",
                "<p>Ngày 12/6/2025, Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn tổ chức Đại hội đại biểu lần thứ IX,"
                        + " nhiệm kỳ 2025–2030. Dự đại hội có 120 đại biểu chính thức đại diện cho đảng viên của 20 tổ chức"
                        + " cơ sở đảng trực thuộc.</p>{figure}"
                        + "<p>Báo cáo chính trị đánh giá nhiệm kỳ trước, Đảng bộ đã lãnh đạo ngành hoàn thành tốt nhiệm vụ"
                        + " chuyên môn; tỷ lệ chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên đạt trên 90%.</p>"
                        + "<h2>Năm chỉ tiêu chủ yếu</h2><ul><li>Hằng năm có ít nhất 90% chi bộ hoàn thành tốt nhiệm vụ"
                        + " trở lên.</li><li>Kết nạp ít nhất 150 đảng viên mới trong nhiệm kỳ.</li><li>100% đảng viên"
                        + " học tập đầy đủ các nghị quyết của Đảng.</li></ul>"
                        + "<p>Đại hội đã bầu Ban Chấp hành Đảng bộ khóa IX gồm 9 đồng chí và bầu đoàn đại biểu dự Đại hội"
                        + " Đảng bộ tỉnh.</p>",
                "Ban Biên tập",
                "Đại hội Đảng",
                0,
                "Hội trường đại hội với sân khấu và hàng ghế đại biểu",
                "Toàn cảnh hội trường Đại hội Đảng bộ Sở (ảnh minh họa)",
                30,
                true,
                "đại hội",
                "nhiệm kỳ 2025–2030"));
        s.add(new Story(
                "Hội nghị Ban Chấp hành Đảng bộ Sở sơ kết công tác quý III",
                "Hội nghị đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị quý III và đề ra nhiệm vụ trọng tâm"
                        + " quý IV.",
                "<p>Sáng thứ Hai, Ban Chấp hành Đảng bộ Sở Giáo dục và Đào tạo họp hội nghị thường kỳ. Đồng chí Bí thư"
                        + " Đảng ủy chủ trì hội nghị.</p>{figure}"
                        + "<p>Trong quý, Đảng ủy đã chỉ đạo các chi bộ trường học chuẩn bị chu đáo cho năm học mới, tổ chức"
                        + " sinh hoạt chuyên đề theo kế hoạch và hoàn thành việc kiện toàn cấp ủy.</p>"
                        + "<p>Hội nghị thống nhất tập trung vào công tác phát triển đảng viên trong đội ngũ giáo viên trẻ"
                        + " và nâng cao chất lượng sinh hoạt chi bộ.</p>",
                "Văn phòng Đảng ủy",
                "Tin hoạt động",
                1,
                "Phòng họp với bàn dài và cờ Đảng",
                "Quang cảnh hội nghị Ban Chấp hành (ảnh minh họa)",
                6,
                true,
                "hội nghị",
                "sơ kết"));
        s.add(new Story(
                "Triển khai chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "Các chi bộ trường học xây dựng kế hoạch thực hiện chuyên đề gắn với phong trào thi đua dạy tốt,"
                        + " học tốt.",
                "<p>Đảng ủy Sở đã tổ chức hội nghị trực tuyến quán triệt chuyên đề đến toàn thể đảng viên. Mỗi chi bộ"
                        + " đăng ký ít nhất một việc làm cụ thể, thiết thực.</p>{figure}"
                        + "<p>Nhiều chi bộ chọn nội dung tận tụy với học sinh, giúp đỡ học sinh có hoàn cảnh khó khăn và"
                        + " đổi mới phương pháp dạy học.</p>",
                "Ban Tuyên giáo Đảng ủy Sở",
                "Học tập và làm theo Bác",
                2,
                "Quyển sách mở trên nền xanh",
                "Tủ sách về Bác Hồ tại thư viện trường (ảnh minh họa)",
                12,
                false,
                "học tập và làm theo Bác"));
        s.add(new Story(
                "Kết nạp đảng viên mới tại các chi bộ trường học đầu năm học",
                "Trong tháng 9, các chi bộ trực thuộc đã kết nạp 14 đảng viên mới, phần lớn là giáo viên trẻ.",
                "<p>Lễ kết nạp được tổ chức trang trọng theo đúng quy định. Các đảng viên mới đã hứa phấn đấu, rèn"
                        + " luyện để xứng đáng là người đảng viên.</p>{figure}"
                        + "<p>Đảng ủy Sở đề nghị các chi bộ phân công đảng viên chính thức giúp đỡ đảng viên dự bị trong"
                        + " thời gian thử thách.</p>",
                "Ban Tổ chức Đảng ủy Sở",
                "Tin hoạt động",
                3,
                "Sân khấu hội trường với ngôi sao vàng",
                "Lễ kết nạp đảng viên mới (ảnh minh họa)",
                20,
                false,
                "kết nạp đảng viên"));
        s.add(new Story(
                "Khai giảng năm học mới: ngành Giáo dục Bình Sơn đón hơn 180 nghìn học sinh",
                "Lễ khai giảng diễn ra đồng loạt tại các trường trong tỉnh, ngắn gọn, an toàn và ý nghĩa.",
                "<p>Sáng 5/9, các trường học trên địa bàn tỉnh Bình Sơn đồng loạt tổ chức lễ khai giảng. Lãnh đạo Sở"
                        + " dự lễ tại Trường Phổ thông Dân tộc nội trú tỉnh.</p>{figure}"
                        + "<p>Năm học này, ngành tiếp tục thực hiện chương trình giáo dục phổ thông mới và chú trọng giáo"
                        + " dục kỹ năng sống cho học sinh.</p>",
                "Phòng Giáo dục phổ thông",
                "Tin hoạt động",
                4,
                "Ngôi trường có mái đỏ và nhiều cửa sổ dưới ánh mặt trời",
                "Học sinh dự lễ khai giảng (ảnh minh họa)",
                78,
                false,
                "khai giảng",
                "năm học mới"));
        return s;
    }

    static List<Story> nguyenTrai() {
        return List.of(
                new Story(
                        "Chi bộ Trường THPT Nguyễn Trãi sinh hoạt chuyên đề về đạo đức nhà giáo",
                        "Buổi sinh hoạt có 15 ý kiến phát biểu, tập trung vào trách nhiệm nêu gương của đảng viên là"
                                + " giáo viên chủ nhiệm.",
                        "<p>Đồng chí Bí thư chi bộ chủ trì, trình bày dự thảo báo cáo chuyên đề. Các đảng viên thảo"
                                + " luận sôi nổi, nêu nhiều việc làm cụ thể.</p>{figure}"
                                + "<p>Kết luận buổi sinh hoạt, chi bộ giao cho các tổ chuyên môn đưa nội dung chuyên đề"
                                + " vào kế hoạch hoạt động của tổ.</p>",
                        "Trần Thị Minh Hằng",
                        "Sinh hoạt chi bộ",
                        5,
                        "Phòng sinh hoạt chi bộ với cờ và hàng ghế",
                        "Đảng viên chi bộ thảo luận chuyên đề (ảnh minh họa)",
                        3,
                        true,
                        "sinh hoạt chuyên đề"),
                new Story(
                        "Học sinh Trường THPT Nguyễn Trãi đạt giải cao tại cuộc thi khoa học kỹ thuật cấp tỉnh",
                        "Hai dự án của học sinh nhà trường đạt giải Nhất và giải Ba, được chọn dự thi cấp quốc gia.",
                        "<p>Dự án về hệ thống tưới cây tiết kiệm nước của nhóm học sinh lớp 11 được ban giám khảo đánh"
                                + " giá cao về tính ứng dụng.</p>{figure}"
                                + "<p>Chi bộ biểu dương các thầy cô hướng dẫn, trong đó có hai đảng viên trẻ.</p>",
                        "Tổ Tin học",
                        "Gương điển hình",
                        6,
                        "Ngôi trường dưới bầu trời xanh",
                        "Nhóm học sinh giới thiệu dự án (ảnh minh họa)",
                        15,
                        false,
                        "khoa học kỹ thuật",
                        "học sinh"));
    }

    static List<Story> leLoi() {
        return List.of(
                new Story(
                        "Đại hội Chi bộ Trường THPT Lê Lợi nhiệm kỳ 2025–2027",
                        "Đại hội bầu chi ủy gồm 3 đồng chí, bầu đồng chí Bí thư và Phó Bí thư chi bộ nhiệm kỳ"
                                + " 2025–2027.",
                        "<p>Đại hội có 21 đảng viên tham dự. Báo cáo chính trị khẳng định chi bộ đã lãnh đạo nhà trường"
                                + " hoàn thành tốt nhiệm vụ năm học.</p>{figure}"
                                + "<p>Đại hội đề ra mục tiêu giữ vững chi bộ hoàn thành tốt nhiệm vụ và kết nạp ít nhất hai"
                                + " đảng viên mới mỗi năm.</p>",
                        "Chi ủy chi bộ",
                        "Sinh hoạt chi bộ",
                        8,
                        "Hội trường nhỏ với sân khấu đỏ",
                        "Đại hội Chi bộ Trường THPT Lê Lợi (ảnh minh họa)",
                        160,
                        true,
                        "đại hội"),
                new Story(
                        "Hội thi giáo viên dạy giỏi cấp trường",
                        "Ba mươi hai giáo viên tham gia hội thi, trong đó có mười đảng viên.",
                        "<p>Hội thi nhằm tạo sân chơi để giáo viên trao đổi kinh nghiệm đổi mới phương pháp dạy học."
                                + "</p>{figure}"
                                + "<p>Ban giám khảo đánh giá cao các tiết dạy ứng dụng công nghệ thông tin.</p>",
                        "Công đoàn trường",
                        "Tin hoạt động",
                        9,
                        "Trang sách mở",
                        "Một tiết dạy tại hội thi (ảnh minh họa)",
                        9,
                        false,
                        "giáo viên dạy giỏi"));
    }

    static List<Story> chuyen() {
        return List.of(new Story(
                "Đảng bộ bộ phận Trường THPT Chuyên Bình Sơn tổ chức hội nghị kiểm điểm cuối năm",
                "Tập thể và từng đảng viên đã nghiêm túc kiểm điểm, tự phê bình và phê bình theo hướng dẫn.",
                "<p>Hội nghị nghe báo cáo kiểm điểm của tập thể cấp ủy và ý kiến góp ý của các chi bộ trực thuộc.</p>"
                        + "{figure}<p>Đại diện Đảng ủy Sở dự và phát biểu chỉ đạo hội nghị.</p>",
                "Văn phòng Đảng bộ bộ phận",
                "Sinh hoạt chi bộ",
                10,
                "Phòng họp có sân khấu và ngôi sao",
                "Quang cảnh hội nghị kiểm điểm (ảnh minh họa)",
                25,
                true,
                "kiểm điểm"));
    }

    static List<Story> kimDong() {
        return List.of(
                new Story(
                        "Ngày hội đọc sách của Trường Tiểu học Kim Đồng",
                        "Hơn 600 học sinh tham gia các hoạt động giới thiệu sách, đọc truyện và vẽ tranh theo sách.",
                        "<p>Ngày hội do Chi đoàn giáo viên phối hợp với thư viện nhà trường tổ chức.</p>{figure}"
                                + "<p>Mỗi lớp xây dựng một góc đọc sách với sách do phụ huynh và học sinh đóng góp.</p>",
                        "Thư viện trường",
                        "Tin hoạt động",
                        11,
                        "Quyển sách mở trên nền tím",
                        "Học sinh đọc sách tại sân trường (ảnh minh họa)",
                        4,
                        true,
                        "đọc sách",
                        "học sinh"),
                new Story(
                        "Chi bộ Trường Tiểu học Kim Đồng kết nạp đảng viên mới",
                        "Đồng chí giáo viên khối 3 được kết nạp vào Đảng sau thời gian phấn đấu, rèn luyện.",
                        "<p>Buổi lễ được tổ chức trang trọng với sự tham dự của đại diện Đảng ủy Sở.</p>{figure}"
                                + "<p>Chi bộ phân công hai đảng viên chính thức giúp đỡ đảng viên mới.</p>",
                        "Chi ủy chi bộ",
                        "Sinh hoạt chi bộ",
                        12,
                        "Sân khấu đỏ với ngôi sao vàng",
                        "Lễ kết nạp đảng viên (ảnh minh họa)",
                        40,
                        false,
                        "kết nạp đảng viên"));
    }
}

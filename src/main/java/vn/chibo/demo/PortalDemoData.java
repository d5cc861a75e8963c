package vn.chibo.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.portal.ArticleDraft;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.ArticleManagement;
import vn.chibo.portal.ArticleWorkflow;
import vn.chibo.portal.CategoryId;
import vn.chibo.portal.MediaId;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDraft;
import vn.chibo.portal.SiteId;
import vn.chibo.portal.media.MediaLibrary;

/**
 * Demonstration content of the portal, loaded once after the organization tree: the sector committee's main portal and
 * four component portals of schools, their categories, articles written for the demo (congresses, meetings, school
 * events) with drawn pictures and captions, a draft and a submitted article for the workflow, ratings and visits.
 */
@Component
@Order(2)
class PortalDemoData extends DemoRunner {

    static final String MAIN_SLUG = "so-gddt-binh-son";
    private static final String LOADED = "demo.portal.loaded";
    private static final Logger log = LoggerFactory.getLogger(PortalDemoData.class);
    private static final CurrentUser SYSTEM = CurrentUser.system();

    private final PortalManagement portal;
    private final ArticleManagement articles;
    private final ArticleWorkflow workflow;
    private final MediaLibrary media;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Random random = new Random(20261122L);

    PortalDemoData(
            PortalManagement portal,
            ArticleManagement articles,
            ArticleWorkflow workflow,
            MediaLibrary media,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        super(clock);
        this.portal = portal;
        this.articles = articles;
        this.workflow = workflow;
        this.media = media;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    void runDemo() {
        boolean loaded = jdbc.sql("SELECT count(*) FROM platform.setting WHERE key = :key")
                        .param("key", LOADED)
                        .query(Long.class)
                        .single()
                > 0;
        if (!loaded) {
            long started = System.nanoTime();
            transaction.executeWithoutResult(status -> load());
            log.info("Portal demo content loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    private record Story(
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
            List<String> tags) {}

    private void load() {
        DemoCalendar calendar = calendar();
        SiteId main = site(
                "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn",
                MAIN_SLUG,
                true,
                "Cổng thông tin điện tử Đảng bộ Sở Giáo dục và Đào tạo",
                "Số 8 đường Hùng Vương, phường Trung Tâm, tỉnh Bình Sơn",
                "0263 3820 111");
        Map<String, CategoryId> mainCategories =
                categories(main, "Tin hoạt động", "Đại hội Đảng", "Học tập và làm theo Bác", "Văn bản – Nghị quyết");
        stories(main, mainCategories, mainStories(), calendar);

        record Component(String organization, String slug, String name, List<Story> stories) {}
        for (Component c : List.of(
                new Component(
                        "Chi bộ Trường THPT Nguyễn Trãi",
                        "thpt-nguyen-trai",
                        "Chi bộ Trường THPT Nguyễn Trãi",
                        nguyenTraiStories()),
                new Component("Chi bộ Trường THPT Lê Lợi", "thpt-le-loi", "Chi bộ Trường THPT Lê Lợi", leLoiStories()),
                new Component(
                        "Đảng bộ bộ phận Trường THPT Chuyên Bình Sơn",
                        "thpt-chuyen-binh-son",
                        "Đảng bộ bộ phận Trường THPT Chuyên Bình Sơn",
                        chuyenStories()),
                new Component(
                        "Chi bộ Trường Tiểu học Kim Đồng",
                        "tieu-hoc-kim-dong",
                        "Chi bộ Trường Tiểu học Kim Đồng",
                        kimDongStories()))) {
            SiteId site = site(c.organization(), c.slug(), false, c.name(), "Tỉnh Bình Sơn", null);
            Map<String, CategoryId> categories =
                    categories(site, "Tin hoạt động", "Sinh hoạt chi bộ", "Gương điển hình");
            stories(site, categories, c.stories(), calendar);
        }
        workflowExamples(main, mainCategories);
        visits(calendar);
        jdbc.sql("INSERT INTO platform.setting (key, value) VALUES (:key, now()::text)")
                .param("key", LOADED)
                .update();
    }

    private SiteId site(String organization, String slug, boolean main, String name, String address, String phone) {
        long org = jdbc.sql("SELECT id FROM organizations.organization WHERE name = :name")
                .param("name", organization)
                .query(Long.class)
                .single();
        return portal.createSite(
                SYSTEM,
                new SiteDraft(
                        OrganizationId.of(org),
                        slug,
                        null,
                        main,
                        name,
                        main ? "Cổng thông tin điện tử – Ngành Giáo dục tỉnh Bình Sơn" : "Cổng thành phần",
                        main
                                ? "Ban Thường vụ Đảng ủy Sở Giáo dục và Đào tạo tỉnh Bình Sơn"
                                : "Đảng ủy Sở Giáo dục và Đào tạo tỉnh Bình Sơn",
                        main ? "Số Giấy phép 27/GP-STTTT ngày 15/3/2024 (dữ liệu minh họa)" : null,
                        main
                                ? "Ban Biên tập Cổng thông tin; cổng thành phần: cấp ủy các chi bộ, đảng bộ bộ phận"
                                : "Chi ủy chi bộ",
                        address,
                        phone,
                        main ? "0263 3820 112" : null,
                        main ? "bantuyengiao@binhson-demo.invalid" : null));
    }

    private Map<String, CategoryId> categories(SiteId site, String... names) {
        Map<String, CategoryId> result = new java.util.LinkedHashMap<>();
        int position = 0;
        for (String name : names) {
            result.put(name, portal.createCategory(SYSTEM, site, name, position++));
        }
        return result;
    }

    private void stories(SiteId site, Map<String, CategoryId> categories, List<Story> stories, DemoCalendar calendar) {
        for (Story s : stories) {
            MediaId picture = media.upload(
                    SYSTEM, site, "anh-minh-hoa-" + s.picture() + ".png", picture(s.picture()), s.alt(), s.caption());
            String body = s.body()
                    .replace(
                            "{figure}",
                            "<figure><img src=\"/cong/media/" + picture + "/1280\" alt=\"" + s.alt() + "\"><figcaption>"
                                    + s.caption() + "</figcaption></figure>");
            ArticleId id = articles.create(
                    SYSTEM,
                    new ArticleDraft(
                            site,
                            s.title(),
                            null,
                            s.lead(),
                            body,
                            s.byline(),
                            List.of(categories.get(s.category())),
                            s.tags(),
                            picture,
                            s.alt(),
                            s.featured()));
            workflow.submit(SYSTEM, id, Map.of());
            workflow.approve(SYSTEM, id, null);
            Instant published = calendar.published(s.daysAgo(), random.nextInt(600));
            // Demo history: the articles appeared over the past weeks, not all at this instant.
            jdbc.sql("UPDATE portal.article SET published_at = :at, updated_at = :at, created_at = :at WHERE id = :id")
                    .param("at", OffsetDateTime.ofInstant(published, ZoneOffset.UTC))
                    .param("id", id.value())
                    .update();
            int ratings = random.nextInt(9);
            for (int r = 0; r < ratings; r++) {
                jdbc.sql("INSERT INTO portal.article_rating (article_id, reader, address_hash, stars)"
                                + " VALUES (:a, :reader, 'demo', :stars)")
                        .param("a", id.value())
                        .param("reader", "c:demo-reader-" + r)
                        .param("stars", 3 + random.nextInt(3))
                        .update();
            }
            jdbc.sql("INSERT INTO portal.article_views (article_id, views) VALUES (:a, :v)")
                    .param("a", id.value())
                    .param("v", 40 + random.nextInt(900))
                    .update();
        }
    }

    /** A draft with the defects the checks catch, and an article waiting for the editor-in-chief. */
    private void workflowExamples(SiteId main, Map<String, CategoryId> categories) {
        articles.create(
                SYSTEM,
                new ArticleDraft(
                        main,
                        "Hội nghị kiểm điểm tập thể Ban Thường vụ năm 2026",
                        null,
                        "",
                        "<p>Hội nghị kiểm điểm tập thể Ban Thường vụ Đảng ủy Sở năm 2025 được tổ chức theo hướng dẫn của cấp trên.</p>"
                                + "<p>Hội nghị kiểm điểm tập thể Ban Thường vụ Đảng ủy Sở năm 2025 được tổ chức theo hướng dẫn của cấp trên.</p>"
                                + "<p>Ảnh: /uploads/news/2026_11/hoi-nghi-kiem-diem.jpg</p>",
                        "Ban Tuyên giáo",
                        List.of(categories.get("Tin hoạt động")),
                        List.of("kiểm điểm"),
                        null,
                        null,
                        false));
        ArticleId waiting = articles.create(
                SYSTEM,
                new ArticleDraft(
                        main,
                        "Kế hoạch tổ chức Hội thi tìm hiểu lịch sử Đảng bộ tỉnh Bình Sơn",
                        null,
                        "Đảng ủy Sở ban hành kế hoạch tổ chức hội thi tìm hiểu lịch sử Đảng bộ tỉnh dành cho đảng viên"
                                + " các chi bộ trường học.",
                        "<p>Hội thi gồm hai vòng: vòng sơ khảo trực tuyến và vòng chung khảo tại hội trường Sở. Mỗi chi bộ"
                                + " cử ít nhất một đội ba đảng viên tham gia.</p>"
                                + "<p>Ban Tổ chức sẽ công bố bộ câu hỏi và thể lệ chi tiết trên cổng thông tin.</p>",
                        "Ban Tuyên giáo Đảng ủy Sở",
                        List.of(categories.get("Văn bản – Nghị quyết")),
                        List.of("hội thi", "lịch sử Đảng"),
                        null,
                        null,
                        false));
        workflow.submit(SYSTEM, waiting, Map.of());
    }

    /** Visits of the past weeks, so that the statistics are not all zero. */
    private void visits(DemoCalendar calendar) {
        jdbc.sql(
                        """
                        INSERT INTO portal.visitor_day (site_id, day, visitor_hash, last_seen, views)
                        SELECT s.id, d::date, md5(s.id || '-' || d || '-' || n), d + interval '9 hours', 1 + n % 4
                        FROM portal.site s,
                             generate_series(CAST(:first AS timestamp), CAST(:last AS timestamp), interval '1 day') AS d,
                             generate_series(1, 12 + (s.id::int % 5) * 6) AS n
                        """)
                .param("first", calendar.firstVisitDay())
                .param("last", calendar.lastVisitDay())
                .update();
    }

    /** A simple drawn picture (no text): a hall with a stage, a school, or an open book, in a few palettes. */
    static byte[] picture(int kind) {
        int width = 960;
        int height = 640;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color[][] palettes = {
                {new Color(0xB71C1C), new Color(0xFFD54F)},
                {new Color(0x1565C0), new Color(0xFFF59D)},
                {new Color(0x2E7D32), new Color(0xFFE082)},
                {new Color(0x6A1B9A), new Color(0xFFCC80)}
            };
            Color[] p = palettes[kind % palettes.length];
            g.setPaint(new GradientPaint(0, 0, p[0].brighter(), 0, height, p[0].darker()));
            g.fillRect(0, 0, width, height);
            switch (kind % 3) {
                case 0 -> {
                    // A congress hall: the stage, the flag with its star, rows of seats.
                    g.setColor(new Color(0x8D0000));
                    g.fillRect(80, 80, 800, 300);
                    g.setColor(p[1]);
                    g.fill(star(480, 200, 80, 32));
                    g.setColor(new Color(0x3E2723));
                    for (int row = 0; row < 4; row++) {
                        for (int seat = 0; seat < 12; seat++) {
                            g.fillRoundRect(100 + seat * 64, 420 + row * 52, 44, 34, 10, 10);
                        }
                    }
                }
                case 1 -> {
                    // A school building under the sun.
                    g.setColor(p[1]);
                    g.fillOval(760, 60, 120, 120);
                    g.setColor(new Color(0xFAFAFA));
                    g.fillRect(160, 260, 640, 300);
                    g.setColor(new Color(0xC62828));
                    g.fillPolygon(new int[] {130, 480, 830}, new int[] {270, 130, 270}, 3);
                    g.setColor(new Color(0x1E88E5));
                    for (int w = 0; w < 6; w++) {
                        g.fillRect(200 + w * 100, 310, 60, 60);
                        g.fillRect(200 + w * 100, 420, 60, 60);
                    }
                    g.setColor(new Color(0x5D4037));
                    g.fillRect(450, 470, 60, 90);
                }
                default -> {
                    // An open book.
                    g.setColor(new Color(0xFFFDE7));
                    g.fillPolygon(new int[] {120, 480, 480, 120}, new int[] {180, 230, 540, 490}, 4);
                    g.fillPolygon(new int[] {840, 480, 480, 840}, new int[] {180, 230, 540, 490}, 4);
                    g.setColor(new Color(0x9E9E9E));
                    for (int line = 0; line < 8; line++) {
                        g.drawLine(160, 230 + line * 32, 440, 270 + line * 32);
                        g.drawLine(520, 270 + line * 32, 800, 230 + line * 32);
                    }
                    g.setColor(p[1]);
                    g.fill(star(480, 110, 50, 20));
                }
            }
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Polygon star(int cx, int cy, int outer, int inner) {
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            int r = i % 2 == 0 ? outer : inner;
            star.addPoint((int) Math.round(cx + r * Math.cos(angle)), (int) Math.round(cy - r * Math.sin(angle)));
        }
        return star;
    }

    private static Story story(
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
            String... tags) {
        return new Story(title, lead, body, byline, category, picture, alt, caption, daysAgo, featured, List.of(tags));
    }

    private static List<Story> mainStories() {
        List<Story> s = new ArrayList<>();
        s.add(story(
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
        s.add(story(
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
        s.add(story(
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
        s.add(story(
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
        s.add(story(
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

    private static List<Story> nguyenTraiStories() {
        return List.of(
                story(
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
                story(
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

    private static List<Story> leLoiStories() {
        return List.of(
                story(
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
                story(
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

    private static List<Story> chuyenStories() {
        return List.of(story(
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

    private static List<Story> kimDongStories() {
        return List.of(
                story(
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
                story(
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

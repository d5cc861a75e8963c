package vn.chibo.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.annotation.Profile;
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
@Profile(DemoRunner.PROFILE)
@Order(2)
class PortalDemoData extends DemoRunner {

    static final String MAIN_SLUG = "so-gddt-binh-son";
    private static final CurrentUser SYSTEM = CurrentUser.system();

    private final PortalManagement portal;
    private final ArticleManagement articles;
    private final ArticleWorkflow workflow;
    private final MediaLibrary media;
    private final Random random = new Random(20261122L);

    PortalDemoData(
            PortalManagement portal,
            ArticleManagement articles,
            ArticleWorkflow workflow,
            MediaLibrary media,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        super(jdbc, transaction, clock);
        this.portal = portal;
        this.articles = articles;
        this.workflow = workflow;
        this.media = media;
    }

    @Override
    void runDemo() {
        loadOnce("demo.portal.loaded", "Portal demo content", this::load);
    }

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
        stories(main, mainCategories, DemoStories.main(), calendar);

        record Component(String organization, String slug, String name, List<DemoStories.Story> stories) {}
        for (Component c : List.of(
                new Component(
                        "Chi bộ Trường THPT Nguyễn Trãi",
                        "thpt-nguyen-trai",
                        "Chi bộ Trường THPT Nguyễn Trãi",
                        DemoStories.nguyenTrai()),
                new Component(
                        "Chi bộ Trường THPT Lê Lợi", "thpt-le-loi", "Chi bộ Trường THPT Lê Lợi", DemoStories.leLoi()),
                new Component(
                        "Đảng bộ bộ phận Trường THPT Chuyên Bình Sơn",
                        "thpt-chuyen-binh-son",
                        "Đảng bộ bộ phận Trường THPT Chuyên Bình Sơn",
                        DemoStories.chuyen()),
                new Component(
                        "Chi bộ Trường Tiểu học Kim Đồng",
                        "tieu-hoc-kim-dong",
                        "Chi bộ Trường Tiểu học Kim Đồng",
                        DemoStories.kimDong()))) {
            SiteId site = site(c.organization(), c.slug(), false, c.name(), "Tỉnh Bình Sơn", null);
            Map<String, CategoryId> categories =
                    categories(site, "Tin hoạt động", "Sinh hoạt chi bộ", "Gương điển hình");
            stories(site, categories, c.stories(), calendar);
        }
        workflowExamples(main, mainCategories);
        visits(calendar);
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

    private void stories(
            SiteId site, Map<String, CategoryId> categories, List<DemoStories.Story> stories, DemoCalendar calendar) {
        for (DemoStories.Story s : stories) {
            MediaId picture = media.upload(
                            SYSTEM,
                            site,
                            "anh-minh-hoa-" + s.picture() + ".png",
                            DemoPictures.picture(s.picture()),
                            s.alt(),
                            s.caption())
                    .id();
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
                            List.of(s.tags()),
                            picture,
                            s.alt(),
                            s.featured()));
            workflow.submit(SYSTEM, id, Map.of());
            workflow.approve(SYSTEM, id, null);
            Instant published = calendar.published(s.daysAgo(), random.nextInt(600));
            // Demo history: the articles appeared over the past weeks, not all at this instant, drafted by the demo's
            // editor and approved by its editor-in-chief (the editorial chain the editors' list shows).
            jdbc.sql(
                            """
                            UPDATE portal.article SET published_at = :at, updated_at = :at, created_at = :at,
                                created_by = 'bientap', created_by_name = 'Đỗ Ngọc Lan',
                                approved_by = 'tongbientap', approved_by_name = 'Hoàng Đức Thắng', approved_at = :at
                            WHERE id = :id
                            """)
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
        ArticleId defective = articles.create(
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
        // Both drafted by the demo's editor.
        jdbc.sql("UPDATE portal.article SET created_by = 'bientap', created_by_name = 'Đỗ Ngọc Lan' WHERE id IN (:ids)")
                .param("ids", List.of(defective.value(), waiting.value()))
                .update();
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
}

package vn.chibo;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up the demo data the integration tests work with. */
public final class DemoFixtures {

    public static final String PASSWORD = "chibo-demo";
    public static final String BITHU_BRANCH = "Chi bộ Trường THPT Nguyễn Trãi";
    public static final String OTHER_BRANCH = "Chi bộ Trường THPT Lê Lợi";
    public static final String SECTOR_COMMITTEE = "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn";

    private DemoFixtures() {}

    public static long organizationId(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id FROM organizations.organization WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }
}

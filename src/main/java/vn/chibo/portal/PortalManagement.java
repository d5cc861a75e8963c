package vn.chibo.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;
import vn.chibo.portal.reading.ArticleRows;
import vn.chibo.portal.rendering.PageCache;

/**
 * The portals: the main one and the component portals of units, with their categories. Editors see and change only
 * the sites of organizations under their grants; creating a site or changing its footer needs the editor-in-chief.
 */
@Service
public class PortalManagement {

    static final String SITE_COLUMNS = "s.id, s.organization_id, s.slug, s.host_name, s.main, s.name, s.banner_text,"
            + " s.managing_agency, s.licence, s.content_managers, s.address, s.phone, s.fax, s.email";

    // Paths under /cong/ that are not sites.
    private static final Set<String> RESERVED_SLUGS = Set.of("media", "don-vi");

    private final JdbcClient jdbc;
    private final OrganizationAccess organizations;
    private final AuditTrail audit;
    private final PageCache cache;
    private final ApplicationEventPublisher events;
    private final PublicBaseUrl baseUrl;

    PortalManagement(
            JdbcClient jdbc,
            OrganizationAccess organizations,
            AuditTrail audit,
            PageCache cache,
            ApplicationEventPublisher events,
            PublicBaseUrl baseUrl) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
        this.cache = cache;
        this.events = events;
        this.baseUrl = baseUrl;
    }

    // ---- public reading -------------------------------------------------------------------------------------

    /** Every site, the main one first, then by name: the "all units" directory. */
    @Transactional(readOnly = true)
    public List<SiteDetails> allSites() {
        return jdbc.sql("SELECT " + SITE_COLUMNS
                        + " FROM portal.site s ORDER BY s.main DESC, s.name COLLATE \"vi-x-icu\"")
                .query(PortalManagement::site)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<SiteDetails> siteBySlug(String slug) {
        return jdbc.sql("SELECT " + SITE_COLUMNS + " FROM portal.site s WHERE s.slug = :slug")
                .param("slug", slug)
                .query(PortalManagement::site)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<SiteDetails> siteByHost(String host) {
        return jdbc.sql("SELECT " + SITE_COLUMNS + " FROM portal.site s WHERE s.host_name = :host")
                .param("host", host)
                .query(PortalManagement::site)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<SiteDetails> mainSite() {
        return jdbc.sql("SELECT " + SITE_COLUMNS + " FROM portal.site s WHERE s.main")
                .query(PortalManagement::site)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<CategoryDetails> categories(SiteId site) {
        return jdbc.sql("SELECT id, site_id, slug, name, position FROM portal.category WHERE site_id = :site"
                        + " ORDER BY position, name COLLATE \"vi-x-icu\"")
                .param("site", site.value())
                .query(ArticleRows::category)
                .list();
    }

    // ---- editors ----------------------------------------------------------------------------------------------

    /** The sites the user may edit. */
    @Transactional(readOnly = true)
    public List<SiteDetails> editableSites(CurrentUser user) {
        OrganizationScope scope = organizations.scope(user, Permission.PORTAL_EDIT);
        if (scope.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + SITE_COLUMNS + " FROM portal.site s JOIN organizations.organization_tree o"
                        + " ON o.id = s.organization_id WHERE " + scope.sqlCondition("o.path")
                        + " ORDER BY s.main DESC, s.name COLLATE \"vi-x-icu\"")
                .params(scope.everything() ? Map.of() : Map.of("scopePaths", scope.pathArray()))
                .query(PortalManagement::site)
                .list();
    }

    /**
     * The site, if the user holds the permission on its organization: a site outside her grants does not exist for
     * her (404); one she may edit but not publish on is 403 for publishing.
     */
    @Transactional(readOnly = true)
    public SiteDetails require(CurrentUser user, SiteId id, Permission permission) {
        SiteDetails site = jdbc.sql("SELECT " + SITE_COLUMNS + " FROM portal.site s WHERE s.id = :id")
                .param("id", id.value())
                .query(PortalManagement::site)
                .optional()
                .orElseThrow(() -> new NotFoundException("Site", id));
        Set<Permission> held = organizations.permissions(user, site.settings().organizationId());
        if (!held.contains(Permission.PORTAL_EDIT)) {
            throw new NotFoundException("Site", id);
        }
        if (!held.contains(permission)) {
            throw new ForbiddenException("Missing " + permission + " on site " + id);
        }
        return site;
    }

    /** Whether the user holds the permission on the site (and may see it at all). */
    @Transactional(readOnly = true)
    public boolean allows(CurrentUser user, SiteId id, Permission permission) {
        return jdbc.sql("SELECT organization_id FROM portal.site WHERE id = :id")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .map(org -> {
                    Set<Permission> held = organizations.permissions(user, OrganizationId.of(org));
                    return held.contains(Permission.PORTAL_EDIT) && held.contains(permission);
                })
                .orElse(false);
    }

    /** Creates a portal for an organization; needs the editor-in-chief's permission on that organization. */
    @Transactional
    public SiteId createSite(CurrentUser user, SiteDraft draft) {
        validate(draft);
        checkHostName(user, null, draft.hostName());
        organizations.require(user, draft.organizationId(), Permission.PORTAL_PUBLISH);
        if (draft.main() && !user.isAdministrator() && !user.hasEverywhere(Permission.PORTAL_PUBLISH)) {
            // The main portal speaks for the whole system; a unit's editor-in-chief makes component portals only.
            Long roots = jdbc.sql(
                            "SELECT count(*) FROM organizations.organization_tree WHERE id = :id AND parent_id IS NULL")
                    .param("id", draft.organizationId().value())
                    .query(Long.class)
                    .single();
            if (roots == 0 && mainSite().isPresent()) {
                throw new InvalidInputException("main", "portal.site.mainTaken");
            }
        }
        try {
            long id = jdbc.sql(
                            """
                            INSERT INTO portal.site (organization_id, slug, host_name, main, name, banner_text,
                                managing_agency, licence, content_managers, address, phone, fax, email)
                            VALUES (:org, :slug, :host, :main, :name, :banner, :agency, :licence, :managers, :address,
                                    :phone, :fax, :email)
                            RETURNING id
                            """)
                    .params(params(draft))
                    .query(Long.class)
                    .single();
            audit.record(user, "portal.site.create", "Site", id, null, draft);
            return SiteId.of(id);
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
    }

    /** Changes a portal's name, banner, address and footer. */
    @Transactional
    public void updateSite(CurrentUser user, SiteId id, SiteDraft draft) {
        SiteDetails before = require(user, id, Permission.PORTAL_PUBLISH);
        validate(draft);
        checkHostName(user, before.settings().hostName(), draft.hostName());
        try {
            jdbc.sql(
                            """
                            UPDATE portal.site SET slug = :slug, host_name = :host, name = :name, banner_text = :banner,
                                managing_agency = :agency, licence = :licence, content_managers = :managers,
                                address = :address, phone = :phone, fax = :fax, email = :email
                            WHERE id = :id
                            """)
                    .params(params(draft))
                    .param("id", id.value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
        audit.record(user, "portal.site.update", "Site", id, before, draft);
        cache.changed(id);
        events.publishEvent(new PublicContentChanged(id));
    }

    @Transactional
    public CategoryId createCategory(CurrentUser user, SiteId site, String name, int position) {
        require(user, site, Permission.PORTAL_PUBLISH);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 120) {
            throw new InvalidInputException("name", "portal.category.name.invalid");
        }
        try {
            long id = jdbc.sql(
                            "INSERT INTO portal.category (site_id, slug, name, position) VALUES (:site, :slug, :name,"
                                    + " :position) RETURNING id")
                    .param("site", site.value())
                    .param("slug", Slug.of(clean))
                    .param("name", clean)
                    .param("position", position)
                    .query(Long.class)
                    .single();
            audit.record(user, "portal.category.create", "Category", id, null, Map.of("site", site, "name", clean));
            cache.changed(site);
            return CategoryId.of(id);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", "portal.category.name.taken");
        }
    }

    private static void validate(SiteDraft draft) {
        if (draft.organizationId() == null) {
            throw new InvalidInputException("organizationId", "portal.site.organization.required");
        }
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            throw new InvalidInputException("name", "portal.site.name.invalid");
        }
        if (!Slug.isValid(draft.slug())) {
            throw new InvalidInputException("slug", "portal.site.slug.invalid");
        }
        if (RESERVED_SLUGS.contains(draft.slug())) {
            throw new InvalidInputException("slug", "portal.site.slug.reserved");
        }
        if (draft.email() != null
                && !draft.email().isBlank()
                && !draft.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "portal.site.email.invalid");
        }
        if (draft.hostName() != null
                && !draft.hostName().isBlank()
                && !draft.hostName().matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
            throw new InvalidInputException("hostName", "portal.site.host.invalid");
        }
    }

    /**
     * A portal's own host name answers ChiBo's root page for that host, so only an administrator sets or changes it,
     * and never to ChiBo's own host name (that would hand ChiBo's root page to one unit's portal).
     */
    private void checkHostName(CurrentUser user, String before, String after) {
        String wanted = InputText.blankToNull(after);
        if (wanted == null ? before == null : wanted.equalsIgnoreCase(String.valueOf(before))) {
            return;
        }
        if (!user.isAdministrator()) {
            throw new InvalidInputException("hostName", "portal.site.host.administratorOnly");
        }
        if (wanted != null && wanted.equalsIgnoreCase(baseUrl.applicationHost())) {
            throw new InvalidInputException("hostName", "portal.site.host.application");
        }
    }

    private static InvalidInputException duplicate(DuplicateKeyException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("host_name")) {
            return new InvalidInputException("hostName", "portal.site.host.taken");
        }
        if (message.contains("site_one_main")) {
            return new InvalidInputException("main", "portal.site.mainTaken");
        }
        return new InvalidInputException("slug", "portal.site.slug.taken");
    }

    private static Map<String, Object> params(SiteDraft d) {
        var map = new java.util.HashMap<String, Object>();
        map.put("org", d.organizationId().value());
        map.put("slug", d.slug());
        String host = InputText.blankToNull(d.hostName());
        map.put("host", host == null ? null : host.toLowerCase(java.util.Locale.ROOT));
        map.put("main", d.main());
        map.put("name", d.name().strip());
        map.put("banner", InputText.blankToNull(d.bannerText()));
        map.put("agency", InputText.blankToNull(d.managingAgency()));
        map.put("licence", InputText.blankToNull(d.licence()));
        map.put("managers", InputText.blankToNull(d.contentManagers()));
        map.put("address", InputText.blankToNull(d.address()));
        map.put("phone", InputText.blankToNull(d.phone()));
        map.put("fax", InputText.blankToNull(d.fax()));
        map.put("email", InputText.blankToNull(d.email()));
        return map;
    }

    static SiteDetails site(ResultSet rs, int n) throws SQLException {
        return new SiteDetails(
                SiteId.of(rs.getLong("id")),
                new SiteDraft(
                        OrganizationId.of(rs.getLong("organization_id")),
                        rs.getString("slug"),
                        rs.getString("host_name"),
                        rs.getBoolean("main"),
                        rs.getString("name"),
                        rs.getString("banner_text"),
                        rs.getString("managing_agency"),
                        rs.getString("licence"),
                        rs.getString("content_managers"),
                        rs.getString("address"),
                        rs.getString("phone"),
                        rs.getString("fax"),
                        rs.getString("email")));
    }
}

package vn.chibo.elections.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.ElectionAccess;
import vn.chibo.elections.ElectionId;
import vn.chibo.platform.ChangeAccessCheck;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Permission;

/**
 * Every change to a congress or an election, on the pages and in the API, is first checked against who may make it
 * (404 outside her organizations, 403 without the permission), before Spring reads the form or the JSON it sends: a
 * refused user learns nothing from the validation of what she sent. Entering ballots needs ELECTION_COUNT, what a
 * delegate does for herself (asking to speak) ELECTION_VIEW, every other change ELECTION_MANAGE; the management beans
 * check again, with the state of the congress.
 */
@Configuration(proxyBeanMethods = false)
class ElectionAccessCheck extends ChangeAccessCheck implements WebMvcConfigurer {

    private final ElectionAccess access;

    ElectionAccessCheck(ElectionAccess access) {
        super("Congress or election");
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns(
                        "/congresses",
                        "/api/v1/congresses",
                        "/congresses/*/**",
                        "/api/v1/congresses/*/**",
                        "/elections/*/**",
                        "/api/v1/elections/*/**");
    }

    @Override
    protected boolean guards(Class<?> controller) {
        return controller.getPackageName().equals(ElectionAccessCheck.class.getPackageName());
    }

    /** Convening a congress: only who may manage elections somewhere gets as far as the form's checks. */
    @Override
    protected void checkNew(CurrentUser user) {
        if (!user.hasEverywhere(Permission.ELECTION_MANAGE)
                && user.organizationsWith(Permission.ELECTION_MANAGE).isEmpty()) {
            throw new ForbiddenException("No organization to convene a congress for");
        }
    }

    /**
     * What a delegate does for herself at a congress: asking to speak, and withdrawing a request (the page's form, or
     * DELETE on the API); the list of speakers checks that she is on the congress's list and the request hers.
     */
    private static final java.util.regex.Pattern DELEGATES_OWN = java.util.regex.Pattern.compile(
            "(/api/v1)?/congresses/\\d+/speakers/(me|\\d+/withdraw)|/api/v1/congresses/\\d+/speakers/\\d+");

    @Override
    protected void check(CurrentUser user, long id, String path) {
        if (DELEGATES_OWN.matcher(path).matches()) {
            access.requireView(user, CongressId.of(id));
        } else if (path.startsWith("/congresses/") || path.startsWith("/api/v1/congresses/")) {
            access.requireManage(user, CongressId.of(id));
        } else if (path.endsWith("/" + id + "/ballots")) {
            access.requireCount(user, ElectionId.of(id));
        } else {
            access.requireManage(user, ElectionId.of(id));
        }
    }
}

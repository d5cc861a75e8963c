package vn.chibo.reviews.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chibo.platform.ChangeAccessCheck;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Permission;
import vn.chibo.reviews.OrganizationRatingId;
import vn.chibo.reviews.OrganizationRatingManagement;

/**
 * Every change to an organization's rating, on the pages and in the API, is first checked against who may make it (404
 * outside her organizations, 403 without the permission) before Spring reads the form or the JSON: the self-assessment
 * and the proposal need REVIEW_MANAGE on the organization, the decision and the return REVIEW_MANAGE on the level
 * above. Opening a rating and raising the cap need REVIEW_MANAGE somewhere. {@link OrganizationRatingManagement} checks
 * again, with the rating's state.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationRatingAccessCheck extends ChangeAccessCheck implements WebMvcConfigurer {

    private final OrganizationRatingManagement ratings;

    OrganizationRatingAccessCheck(OrganizationRatingManagement ratings) {
        super("OrganizationRating");
        this.ratings = ratings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns(
                        "/reviews/organizations",
                        "/reviews/organizations/**",
                        "/api/v1/reviews/organizations",
                        "/api/v1/reviews/organizations/**");
    }

    @Override
    protected boolean guards(Class<?> controller) {
        return controller == OrganizationRatingController.class || controller == OrganizationRatingApiController.class;
    }

    @Override
    protected void checkNew(CurrentUser user) {
        if (!user.hasEverywhere(Permission.REVIEW_MANAGE)
                && user.organizationsWith(Permission.REVIEW_MANAGE).isEmpty()) {
            throw new ForbiddenException("REVIEW_MANAGE is held nowhere");
        }
    }

    @Override
    protected void check(CurrentUser user, long id, String path) {
        if (path.endsWith("/decision") || path.endsWith("/return")) {
            ratings.requireDeciding(user, OrganizationRatingId.of(id));
        } else {
            ratings.requireManaging(user, OrganizationRatingId.of(id));
        }
    }
}

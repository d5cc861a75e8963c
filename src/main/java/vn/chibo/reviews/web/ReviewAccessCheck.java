package vn.chibo.reviews.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.chibo.platform.ChangeAccessCheck;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Permission;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundId;

/**
 * Every change to a review round, on the pages and in the API, is first checked against who may make it (404 outside
 * her organizations, 403 without the permission), before Spring reads the form or the JSON: the branch's changes need
 * REVIEW_MANAGE on the branch, the decisions of the level above (approval, return, close, a raised cap) REVIEW_MANAGE on
 * the level above. Opening a round needs REVIEW_MANAGE somewhere. {@link ReviewManagement} checks again, with the
 * round's state.
 */
@Configuration(proxyBeanMethods = false)
class ReviewAccessCheck extends ChangeAccessCheck implements WebMvcConfigurer {

    private final ReviewManagement reviews;

    ReviewAccessCheck(ReviewManagement reviews) {
        super("ReviewRound");
        this.reviews = reviews;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/reviews", "/reviews/**", "/api/v1/reviews", "/api/v1/reviews/**");
    }

    @Override
    protected boolean guards(Class<?> controller) {
        return controller == ReviewController.class || controller == ReviewApiController.class;
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
        if (decidedAbove(path)) {
            reviews.requireDeciding(user, ReviewRoundId.of(id));
        } else {
            reviews.requireManaging(user, ReviewRoundId.of(id));
        }
    }

    /** Whether the change at the path is the level above's to make. */
    static boolean decidedAbove(String path) {
        return path.endsWith("/approval")
                || path.endsWith("/approve-all")
                || path.endsWith("/return")
                || path.endsWith("/close")
                || path.endsWith("/ceiling");
    }
}

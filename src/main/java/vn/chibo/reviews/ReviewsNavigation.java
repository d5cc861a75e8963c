package vn.chibo.reviews;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;

/** What the reviews module adds to the navigation. */
@Configuration(proxyBeanMethods = false)
class ReviewsNavigation {

    @Bean
    NavigationEntry reviewsNavigationEntry() {
        return new NavigationEntry(34, "/reviews", "nav.reviews", Permission.REVIEW_VIEW);
    }

    /**
     * On the member's home page, her branch's open review rounds she is rated in: whether she has sent her self-review
     * (nothing when no round is open for her).
     */
    @Bean
    vn.chibo.platform.HomeSection ownSelfReviewHomeSection(SelfReviews selfReviews) {
        return vn.chibo.platform.HomeSection.of(4, "reviews/mine :: home", user -> {
            java.util.List<SelfReviews.Own> open = selfReviews.mine(user).stream()
                    .filter(SelfReviews.Own::open)
                    .toList();
            return open.isEmpty() ? null : java.util.Map.of("rounds", open);
        });
    }

    /** Every signed-in member may write her own self-review (an account not linked to a record sees nothing). */
    @Bean
    NavigationEntry ownReviewNavigationEntry() {
        return new NavigationEntry(92, "/reviews/mine", "nav.reviewsMine", null);
    }
}

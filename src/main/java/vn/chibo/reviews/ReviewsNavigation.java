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

    /** Every signed-in member may write her own self-review (an account not linked to a record sees nothing). */
    @Bean
    NavigationEntry ownReviewNavigationEntry() {
        return new NavigationEntry(92, "/reviews/mine", "nav.reviewsMine", null);
    }
}

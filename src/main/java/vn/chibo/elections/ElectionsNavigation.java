package vn.chibo.elections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;
import vn.chibo.platform.UploadRoute;

/** What the elections module adds to the navigation. */
@Configuration(proxyBeanMethods = false)
class ElectionsNavigation {

    @Bean
    NavigationEntry congressesNavigationEntry() {
        return new NavigationEntry(32, "/congresses", "nav.congresses", Permission.ELECTION_VIEW);
    }

    /** A photo of a delegate card taken at the check-in desk: a phone's camera gives 2-12 MB. */
    @Bean
    UploadRoute congressCheckInPhotoUpload() {
        return new UploadRoute("/congresses/{id}/check-in/photo", Permission.ELECTION_MANAGE, DataSize.ofMegabytes(25));
    }

    @Bean
    UploadRoute congressCheckInPhotoApiUpload() {
        return new UploadRoute(
                "/api/v1/congresses/{id}/check-in/photo", Permission.ELECTION_MANAGE, DataSize.ofMegabytes(25));
    }
}

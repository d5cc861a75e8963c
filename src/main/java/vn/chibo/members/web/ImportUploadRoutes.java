package vn.chibo.members.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.chibo.platform.Permission;
import vn.chibo.platform.UploadRoute;

/**
 * The member import is the one route that takes large files (streamed to disk, read row by row); only those who manage
 * members somewhere may send one.
 */
@Configuration(proxyBeanMethods = false)
class ImportUploadRoutes {

    @Bean
    UploadRoute memberImportPageUpload(@Value("${chibo.members.import.max-size:512MB}") DataSize max) {
        return new UploadRoute("/members/import", Permission.MEMBER_MANAGE, max);
    }

    @Bean
    UploadRoute memberImportApiUpload(@Value("${chibo.members.import.max-size:512MB}") DataSize max) {
        return new UploadRoute("/api/v1/members/import", Permission.MEMBER_MANAGE, max);
    }
}

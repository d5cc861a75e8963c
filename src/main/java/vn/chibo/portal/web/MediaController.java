package vn.chibo.portal.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;
import vn.chibo.portal.MediaId;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.media.MediaLibrary;

/**
 * Serves the media library. A file shown by a published article never changes under its address (a new upload gets a
 * new id), so browsers and proxies may keep it for a year and revalidate with its hash; any other file is for the
 * site's editors only.
 */
@Controller
class MediaController {

    private final MediaLibrary media;
    private final PortalManagement portal;

    MediaController(MediaLibrary media, PortalManagement portal) {
        this.media = media;
        this.portal = portal;
    }

    @GetMapping("/cong/media/{id}")
    ResponseEntity<byte[]> original(
            @PathVariable long id, @RequestHeader(name = "If-None-Match", required = false) String etag) {
        return serve(id, null, etag);
    }

    @GetMapping("/cong/media/{id}/{width}")
    ResponseEntity<byte[]> sized(
            @PathVariable long id,
            @PathVariable int width,
            @RequestHeader(name = "If-None-Match", required = false) String etag) {
        return serve(id, width, etag);
    }

    private ResponseEntity<byte[]> serve(long id, Integer width, String ifNoneMatch) {
        MediaId mediaId = MediaId.of(id);
        CacheControl caching;
        if (media.isPublic(mediaId)) {
            caching = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        } else {
            // Not yet shown by a published article: only the site's editors may see it, and nobody may keep it.
            boolean editor = CurrentUsers.current()
                    .flatMap(user ->
                            media.siteOf(mediaId).map(site -> portal.allows(user, site, Permission.PORTAL_EDIT)))
                    .orElse(false);
            if (!editor) {
                throw new NotFoundException("Media", id);
            }
            caching = CacheControl.noStore().cachePrivate();
        }
        var content = media.content(mediaId, width).orElseThrow(() -> new NotFoundException("Media", id));
        String etag = "\"" + content.etag() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(caching)
                    .build();
        }
        var response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .eTag(etag)
                .cacheControl(caching)
                .header("X-Content-Type-Options", "nosniff");
        if (content.contentType().equals("application/pdf")) {
            response.header("Content-Disposition", disposition("inline", content.fileName()));
        } else if (MediaLibrary.document(content.contentType())) {
            // Office documents are downloaded under their Vietnamese name (RFC 6266 / 5987).
            response.header("Content-Disposition", disposition("attachment", content.fileName()));
        }
        return response.body(content.bytes());
    }

    private static String disposition(String type, String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return type;
        }
        return org.springframework.http.ContentDisposition.builder(type)
                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}

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
import vn.chibo.platform.NotFoundException;
import vn.chibo.portal.MediaId;
import vn.chibo.portal.media.MediaLibrary;

/**
 * Serves the media library. A file never changes under its address (a new upload gets a new id), so browsers and
 * proxies may keep it for a year and revalidate with its hash.
 */
@Controller
class MediaController {

    private final MediaLibrary media;

    MediaController(MediaLibrary media) {
        this.media = media;
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
        var content = media.content(MediaId.of(id), width).orElseThrow(() -> new NotFoundException("Media", id));
        String etag = "\"" + content.etag() + "\"";
        CacheControl caching =
                CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
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
            response.header("Content-Disposition", "inline");
        }
        return response.body(content.bytes());
    }
}

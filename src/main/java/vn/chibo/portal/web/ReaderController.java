package vn.chibo.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.reading.PublicArticles;
import vn.chibo.portal.reading.Ratings;
import vn.chibo.portal.reading.VisitCounter;
import vn.chibo.portal.weather.WeatherProvider;

/**
 * The live parts of public pages, loaded by the page after it is shown: the rating and view count of an article and
 * the visit statistics of a site. Asking for them is what counts a visit, so the cached page stays cacheable.
 */
@Controller
class ReaderController {

    static final String READER_COOKIE = "chibo-reader";

    private final PublicArticles articles;
    private final Ratings ratings;
    private final VisitCounter visits;
    private final PublicPages pages;
    private final WeatherProvider weather;

    ReaderController(
            PublicArticles articles, Ratings ratings, VisitCounter visits, PublicPages pages, WeatherProvider weather) {
        this.articles = articles;
        this.ratings = ratings;
        this.visits = visits;
        this.pages = pages;
        this.weather = weather;
    }

    @GetMapping("/cong/{site}/bai-viet/{id}/doc-gia")
    String live(
            @PathVariable String site,
            @PathVariable long id,
            @RequestHeader(name = "User-Agent", required = false) String userAgent,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var article = publicArticle(site, id);
        visits.record(article.siteId(), article.id(), request.getRemoteAddr(), userAgent);
        String reader = reader(request);
        if (reader == null || !ratings.issued(reader)) {
            // Issued before the reader can rate, so that readers behind one address are told apart.
            reader = ratings.newReaderCookie(request.getRemoteAddr());
            if (reader != null) {
                response.addHeader(
                        "Set-Cookie",
                        ResponseCookie.from(READER_COOKIE, reader)
                                .httpOnly(true)
                                .secure(request.isSecure())
                                .sameSite("Lax")
                                .path("/cong")
                                .maxAge(Duration.ofDays(3650))
                                .build()
                                .toString());
            }
        }
        return live(model, article, reader, request.getRemoteAddr(), null);
    }

    @PostMapping("/cong/{site}/bai-viet/{id}/danh-gia")
    String rate(
            @PathVariable String site,
            @PathVariable long id,
            @RequestParam(name = "stars", required = false) String stars,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!sameOrigin(request)) {
            // The rating form is exempt from the CSRF token (readers are anonymous): another site's page may not post
            // it.
            throw new ForbiddenException("Rating posted from another origin");
        }
        var article = publicArticle(site, id);
        // Without our cookie (refused by the browser), the reader is her salted address.
        String reader = reader(request);
        Ratings.Outcome outcome;
        try {
            outcome = ratings.rate(article.id(), parseStars(stars), reader, request.getRemoteAddr());
        } catch (InvalidInputException e) {
            // Stays here: a public, anonymous page (no session for a flash), answered at once with 400 and the reason.
            response.setStatus(400);
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return live(model, article, reader, request.getRemoteAddr(), null);
        }
        if (outcome == Ratings.Outcome.THROTTLED) {
            response.setStatus(429);
        }
        if (htmx == null) {
            return "redirect:/cong/" + article.siteSlug() + "/bai-viet/" + article.slug() + "#danh-gia";
        }
        return live(model, article, reader, request.getRemoteAddr(), outcome);
    }

    @GetMapping("/cong/{site}/thong-ke")
    String statistics(
            @PathVariable String site,
            @RequestHeader(name = "User-Agent", required = false) String userAgent,
            @RequestParam(name = "dem", defaultValue = "1") int count,
            HttpServletRequest request,
            Model model) {
        SiteDetails s = pages.site(site);
        if (count == 1) {
            visits.record(s.id(), null, request.getRemoteAddr(), userAgent);
        }
        model.addAttribute("statistics", visits.statistics(s.id()));
        model.addAttribute("weather", weather.current().orElse(null));
        return "portal/reader :: statistics";
    }

    private String live(
            Model model, PublicArticles.Teaser article, String reader, String address, Ratings.Outcome outcome) {
        model.addAttribute("article", article);
        model.addAttribute("rating", ratings.summary(article.id()));
        model.addAttribute("views", visits.views(article.id()));
        model.addAttribute("rated", outcome != null || ratings.hasRated(article.id(), reader, address));
        model.addAttribute("outcome", outcome);
        return "portal/reader :: live";
    }

    private PublicArticles.Teaser publicArticle(String site, long id) {
        return articles.publicTeaser(ArticleId.of(id))
                .filter(a -> a.siteSlug().equals(site))
                .orElseThrow(() -> new NotFoundException("Article", id));
    }

    private static Integer parseStars(String stars) {
        try {
            return stars == null ? null : Integer.valueOf(stars.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether a browser sent the request from a page of this site: its {@code Origin} (or, from an older browser,
     * its {@code Referer}) names this host. A client that sends neither is no browser that another site could drive.
     */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return true;
            }
            origin = referer;
        }
        try {
            java.net.URI uri = java.net.URI.create(origin.strip());
            int port = uri.getPort() == -1 ? ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String reader(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(READER_COOKIE)) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}

package vn.chibo.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.UploadRoute;

/**
 * Decides on an upload before a byte of it is read: it runs before anything asks for a request parameter (the CSRF
 * check does, and that makes the server read a whole multipart body to disk). An upload larger than its route allows
 * (by its declared length; a chunked one, whose length is unknown, is refused) gets 413; one from somebody who is not
 * signed in goes to the login page (401 for the API), and one from somebody who holds the route's permission nowhere
 * gets 403. The server's own ceiling ({@code spring.servlet.multipart.max-request-size}) is the largest route's limit.
 */
class UploadGuard extends OncePerRequestFilter {

    private final List<Route> routes;
    private final DataSize defaultLimit;
    private final ApiErrorResponses responses;
    /** Whether this guards the JSON API (answers in JSON) rather than the pages. */
    private final boolean api;

    private record Route(PathPattern pattern, UploadRoute route) {}

    UploadGuard(List<UploadRoute> routes, DataSize defaultLimit, ApiErrorResponses responses, boolean api) {
        PathPatternParser parser = new PathPatternParser();
        this.routes = routes.stream()
                .map(r -> new Route(parser.parse(r.pathPattern()), r))
                .toList();
        this.defaultLimit = defaultLimit;
        this.responses = responses;
        this.api = api;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        UploadRoute route = routes.stream()
                .filter(r -> r.pattern().matches(path))
                .map(Route::route)
                .findFirst()
                .orElse(null);
        DataSize limit = route == null ? defaultLimit : route.limit();
        long length = request.getContentLengthLong();
        String encoding = request.getHeader("Transfer-Encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "upload.lengthRequired", limit);
            return;
        }
        if (length > limit.toBytes()) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "upload.tooLarge", limit);
            return;
        }
        if (route != null && route.permission() != null) {
            CurrentUser user = signedIn();
            if (user == null) {
                if (api) {
                    responses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.unauthorized");
                } else {
                    response.sendRedirect(request.getContextPath() + "/login");
                }
                return;
            }
            if (!user.hasEverywhere(route.permission())
                    && user.organizationsWith(route.permission()).isEmpty()) {
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "error.403.message", limit);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static CurrentUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ChiboPrincipal principal
                ? principal.currentUser()
                : null;
    }

    private void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String key, DataSize limit)
            throws IOException {
        // Nothing more of this request will be read: the server closes the connection rather than read the rest.
        response.setHeader("Connection", "close");
        long megabytes = Math.max(1, limit.toMegabytes());
        if (api) {
            responses.write(request, response, status, key, megabytes);
        } else {
            // Not the application's error page: rendering it would read the request's parameters, the upload with them.
            responses.page(request, response, status, key, megabytes);
        }
    }
}

package vn.chibo.platform;

import java.util.List;

/**
 * Routes a module opens to everyone, contributed as a bean so that security need not know other modules' URLs: pages
 * anyone may read ({@code pages}, any method, signed in or not), API routes anyone may read ({@code apiReads}, GET
 * only, without credentials), and the few anonymous form posts that carry no session worth protecting and are
 * throttled instead ({@code withoutCsrf}). Patterns use Spring's path syntax ({@code /cong/**}).
 */
public record PublicRoutes(List<String> pages, List<String> apiReads, List<String> withoutCsrf) {

    public PublicRoutes {
        pages = List.copyOf(pages);
        apiReads = List.copyOf(apiReads);
        withoutCsrf = List.copyOf(withoutCsrf);
    }
}

package vn.chibo.portal.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.PublicBaseUrl;
import vn.chibo.portal.PublicContentChanged;

/** A portal with a host name of its own opens at that host's root: {@code https://thpt-le-loi.example/}. */
class SiteHostRedirect extends OncePerRequestFilter {

    private final LoadingCache<String, Optional<String>> slugs;
    private final String applicationHost;

    SiteHostRedirect(PortalManagement portal, PublicBaseUrl baseUrl) {
        // ChiBo's own root page is never a portal's, whatever a site's record says.
        this.applicationHost = baseUrl.applicationHost();
        this.slugs = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(1))
                .maximumSize(10_000)
                .build(host ->
                        portal.siteByHost(host).map(site -> site.settings().slug()));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"/".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName().toLowerCase(Locale.ROOT);
        Optional<String> slug = host.equals(applicationHost) ? Optional.empty() : slugs.get(host);
        if (slug.isPresent()) {
            response.sendRedirect(request.getContextPath() + "/cong/" + slug.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Host names change rarely; dropping the whole map on any site change is simplest. */
    @EventListener
    void forget(PublicContentChanged event) {
        slugs.invalidateAll();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        SiteHostRedirect siteHostRedirect(PortalManagement portal, PublicBaseUrl baseUrl) {
            return new SiteHostRedirect(portal, baseUrl);
        }

        @Bean
        FilterRegistrationBean<SiteHostRedirect> siteHostRedirectRegistration(SiteHostRedirect filter) {
            FilterRegistrationBean<SiteHostRedirect> registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns("/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
            return registration;
        }
    }
}

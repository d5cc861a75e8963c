package vn.chibo.portal.rendering;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.portal.PublicBaseUrl;

/**
 * Puts the page cache in the servlet filter chain right after Spring Security's: the access log, the request metrics
 * and the security headers see every answer, cached or not, and a page is cached only after it went through them all.
 */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

    @Bean
    FilterRegistrationBean<CachedPagesFilter> cachedPagesFilter(
            PageCache cache,
            PublicBaseUrl baseUrl,
            @Value("${spring.security.filter.order:-100}") int securityOrder,
            @Value("${chibo.portal.cache.shared-max-age:1s}") Duration sharedMaxAge,
            @Value("${chibo.clock.fixed:}") String clockFixed,
            Clock clock) {
        // The application's clock is the real time unless the demo runs as of another moment.
        Clock wallClock = clockFixed.isBlank() ? clock : null;
        FilterRegistrationBean<CachedPagesFilter> registration =
                new FilterRegistrationBean<>(new CachedPagesFilter(cache, baseUrl, sharedMaxAge, wallClock));
        registration.addUrlPatterns("/cong/*", "/sitemap.xml");
        registration.setOrder(securityOrder + 10);
        return registration;
    }
}

package vn.chibo.portal.rendering;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the page cache in front of the public pages, before the security filters: a page is cached only after it went
 * through them once (with the headers they added, which are replayed), so a cached answer skips the work, not the
 * checks.
 */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

    @Bean
    FilterRegistrationBean<CachedPagesFilter> cachedPagesFilter(PageCache cache) {
        FilterRegistrationBean<CachedPagesFilter> registration =
                new FilterRegistrationBean<>(new CachedPagesFilter(cache));
        registration.addUrlPatterns("/cong/*", "/sitemap.xml");
        // Spring Security's chain runs at -100.
        registration.setOrder(-110);
        return registration;
    }
}

package vn.chibo.portal.rendering;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the page cache in front of the public pages, after the security filters. */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

    @Bean
    FilterRegistrationBean<CachedPagesFilter> cachedPagesFilter(PageCache cache) {
        FilterRegistrationBean<CachedPagesFilter> registration =
                new FilterRegistrationBean<>(new CachedPagesFilter(cache));
        registration.addUrlPatterns("/cong/*", "/sitemap.xml");
        // Spring Security's chain runs at -100.
        registration.setOrder(0);
        return registration;
    }
}

package vn.chibo.portal.rendering;

import org.apache.catalina.Lifecycle;
import org.apache.coyote.ProtocolHandler;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the page cache in front of the public pages, before every other filter: a page is cached only after it went
 * through them all once (with the headers they added, which are replayed), so a cached answer skips the work, not the
 * checks.
 */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

    @Bean
    FilterRegistrationBean<CachedPagesFilter> cachedPagesFilter(PageCache cache) {
        FilterRegistrationBean<CachedPagesFilter> registration =
                new FilterRegistrationBean<>(new CachedPagesFilter(cache));
        registration.addUrlPatterns("/cong/*", "/sitemap.xml");
        // First of all filters: a hit costs a map lookup and a write. Spring Security (-100) and the request metrics
        // (HIGHEST_PRECEDENCE + 1) run on every miss; hits are counted by the cache's own meter.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Cache hits are answered in Tomcat's connector, before Tomcat maps the request to the application (see {@link
     * CachedPageAdapter}); the filter above renders and fills. The connector's own adapter exists once the connector is
     * initialized, before it accepts a connection.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> cachedPageAdapter(PageCache cache) {
        return factory -> factory.addConnectorCustomizers(connector -> connector.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
                ProtocolHandler protocol = connector.getProtocolHandler();
                if (!(protocol.getAdapter() instanceof CachedPageAdapter)) {
                    protocol.setAdapter(new CachedPageAdapter(protocol.getAdapter(), cache));
                }
            }
        }));
    }
}

package vn.chibo.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's connector, tuned for pages of a few tens of kilobytes on a small server. Each connection's write buffer holds
 * a whole page with its headers, so a response leaves in one write instead of a write for the headers and more for
 * the body (Tomcat's default buffer is 8 KB); with {@code server.tomcat.max-keep-alive-requests} raised from Tomcat's
 * 100, a reader's connection stays open across the pages she reads. Measured with bench/portal.sh: the cached article
 * page went from 58 % to about 80 % of nginx's throughput on the same two cores.
 *
 * <p>On a JDK without virtual threads the connector is Tomcat's NIO2 one (asynchronous channels, no poller thread
 * handing each ready connection to a worker): about 10 % more cached pages a second than NIO on two cores. With
 * virtual threads (JDK 21 and newer) it stays NIO, the connector Spring Boot runs them on.
 * {@code chibo.server.protocol} names another protocol class.
 */
@Configuration(proxyBeanMethods = false)
class WebServerConfiguration {

    static final String NIO2 = "org.apache.coyote.http11.Http11Nio2Protocol";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectorTuning(
            @Value("${chibo.server.socket-write-buffer:32KB}") DataSize writeBuffer,
            @Value("${chibo.server.socket-direct-buffers:true}") boolean directBuffers,
            @Value("${chibo.server.protocol:}") String protocol,
            @Value("${spring.threads.virtual.enabled:false}") boolean virtualThreads) {
        return factory -> {
            String chosen = protocol.isBlank() ? defaultProtocol(virtualThreads) : protocol.trim();
            if (chosen != null) {
                factory.setProtocol(chosen);
            }
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("socket.appWriteBufSize", Long.toString(writeBuffer.toBytes()));
                // Buffers outside the heap: the JDK reads and writes a socket from such a buffer only, and copies
                // each heap buffer into a temporary one of its own first, on every read and every write.
                connector.setProperty("socket.directBuffer", Boolean.toString(directBuffers));
            });
        };
    }

    /**
     * Spring Security's own observations (a timer around each of its filters, and around each authentication and
     * authorization) cost every request, a cached portal page included, more than the page itself; the request
     * observation ({@code http.server.requests}) is kept. Spring Security's documented switch.
     */
    @Bean
    SecurityObservationSettings noSpringSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** NIO2 where requests run on platform threads; Spring Boot's own choice (NIO) with virtual threads. */
    static String defaultProtocol(boolean virtualThreadsEnabled) {
        boolean virtual = virtualThreadsEnabled && Runtime.version().feature() >= 21;
        return virtual ? null : NIO2;
    }
}

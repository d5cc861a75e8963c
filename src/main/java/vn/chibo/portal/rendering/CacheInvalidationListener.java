package vn.chibo.portal.rendering;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on one database connection for the notifications other nodes send when public content changes, and empties
 * this node's page cache. If the connection drops, notifications may have been missed, so the cache is emptied too.
 */
@Component
class CacheInvalidationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CacheInvalidationListener.class);

    private final DataSource dataSource;
    private final PageCache cache;
    private volatile boolean running;
    private Thread thread;

    CacheInvalidationListener(DataSource dataSource, PageCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "portal-cache-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + PageCache.CHANNEL);
                }
                // Anything committed before LISTEN took effect could have been missed.
                cache.invalidateAll();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null && notifications.length > 0) {
                        cache.invalidateAll();
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                log.warn("Page cache listener lost its connection; retrying in 2 s: {}", e.getMessage());
                cache.invalidateAll();
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

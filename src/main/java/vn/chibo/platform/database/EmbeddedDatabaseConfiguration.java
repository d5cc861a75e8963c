package vn.chibo.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Without {@code spring.datasource.url} ChiBo runs its own PostgreSQL: the quick start and single-machine installs
 * need nothing but a JDK. With it, Spring Boot's ordinary data source points at the external server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${chibo.data-dir:./data}") String dataDir) {
        // Usually started already, while the context was being built: see EarlyEmbeddedPostgres.
        return EarlyEmbeddedPostgres.take(EarlyEmbeddedPostgres.dataDirectory(dataDir));
    }

    /** Migrates unless the early start has already applied every migration to this server. */
    @Bean
    FlywayMigrationStrategy flywayMigrationStrategy(
            EmbeddedPostgresServer server, @Value("${chibo.data-dir:./data}") String dataDir) {
        return flyway -> {
            if (!EarlyEmbeddedPostgres.migratedEarly(EarlyEmbeddedPostgres.dataDirectory(dataDir))) {
                flyway.migrate();
            }
        };
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername("postgres");
        config.setPoolName("chibo-embedded");
        // Two cores: a small pool serves more requests per second than a large one.
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(2);
        return new HikariDataSource(config);
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}

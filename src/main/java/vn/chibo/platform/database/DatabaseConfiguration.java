package vn.chibo.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The data source. Without {@code spring.datasource.url} ChiBo runs its own PostgreSQL (the quick start and
 * single-machine installs need nothing but a JDK); with it, the external server. Either way the database is made ready
 * on a thread of its own (see {@link DatabaseStartup}) and connections wait for it, and Hikari's settings come from
 * {@code spring.datasource.hikari.*}. Decided when the application starts, not when it is built, so that the
 * ahead-of-time processed jar follows the same configuration.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    Database database(Environment environment) {
        // Usually begun already, while the application was being built.
        return DatabaseStartup.take(environment);
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(Database database) {
        ChiboDataSource dataSource = new ChiboDataSource(database);
        dataSource.setPoolName("chibo");
        Database.Target target = database.target();
        if (!target.embedded()) {
            dataSource.setJdbcUrl(target.url());
            dataSource.setUsername(target.username());
            dataSource.setPassword(target.password());
        }
        return dataSource;
    }
}

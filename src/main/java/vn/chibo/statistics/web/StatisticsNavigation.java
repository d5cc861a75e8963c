package vn.chibo.statistics.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;

/** What the statistics module adds to the navigation. */
@Configuration(proxyBeanMethods = false)
class StatisticsNavigation {

    @Bean
    NavigationEntry statisticsNavigationEntry() {
        return new NavigationEntry(60, "/statistics", "nav.statistics", Permission.STATISTICS_VIEW);
    }
}

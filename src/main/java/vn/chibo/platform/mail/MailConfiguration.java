package vn.chibo.platform.mail;

import java.util.Properties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The SMTP sender, configured from {@code spring.mail.*} as Spring Boot would. Spring Boot creates it only when
 * {@code spring.mail.host} is set, a condition the ahead-of-time processed jar would have settled when it was built;
 * ChiBo creates it always and its users send nothing while no host is configured ({@code spring.mail.host} empty).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Bean
    JavaMailSenderImpl mailSender(MailProperties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.getHost());
        if (properties.getPort() != null) {
            sender.setPort(properties.getPort());
        }
        sender.setUsername(properties.getUsername());
        sender.setPassword(properties.getPassword());
        sender.setProtocol(properties.getProtocol());
        if (properties.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(properties.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        javaMail.putAll(properties.getProperties());
        String protocol = StringUtils.hasLength(properties.getProtocol()) ? properties.getProtocol() : "smtp";
        if (properties.getSsl().isEnabled()) {
            javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
        }
        if (!javaMail.isEmpty()) {
            sender.setJavaMailProperties(javaMail);
        }
        return sender;
    }
}

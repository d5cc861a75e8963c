package vn.chibo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.service.OpenAPIService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

class ApiDocumentationOnDemandTests {

    @Test
    void springdocsBeansAreMadeLazyButItsPostProcessorsAndOtherBeansAreLeftAlone() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerBeanDefinition("openApiService", new RootBeanDefinition(OpenAPIService.class));
        factory.registerBeanDefinition("springDocConfiguration", new RootBeanDefinition(SpringDocConfiguration.class));
        RootBeanDefinition made = new RootBeanDefinition();
        made.setFactoryBeanName("springDocConfiguration");
        made.setFactoryMethodName("someBean");
        factory.registerBeanDefinition("madeBySpringdoc", made);
        RootBeanDefinition postProcessor = new RootBeanDefinition();
        postProcessor.setBeanClassName("org.springdoc.core.SomePostProcessor");
        postProcessor.setTargetType(BeanPostProcessor.class);
        factory.registerBeanDefinition("springdocPostProcessor", postProcessor);
        factory.registerBeanDefinition("ours", new RootBeanDefinition(StringBuilder.class));

        new ApiDocumentationOnDemand().postProcessBeanFactory(factory);

        assertThat(factory.getBeanDefinition("openApiService").isLazyInit()).isTrue();
        assertThat(factory.getBeanDefinition("springDocConfiguration").isLazyInit())
                .isTrue();
        assertThat(factory.getBeanDefinition("madeBySpringdoc").isLazyInit()).isTrue();
        assertThat(factory.getBeanDefinition("springdocPostProcessor").isLazyInit())
                .isFalse();
        assertThat(factory.getBeanDefinition("ours").isLazyInit()).isFalse();
    }
}

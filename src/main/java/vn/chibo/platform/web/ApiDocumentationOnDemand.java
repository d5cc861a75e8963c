package vn.chibo.platform.web;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.core.ResolvableType;

/**
 * The OpenAPI description of {@code /api/**} (springdoc) is built when it is first asked for, not at every start: its
 * beans are made lazy. springdoc otherwise sets up, before the first page can be served, its own Jackson 2 object
 * mappers and the swagger model converters, some 900 classes that only {@code /v3/api-docs} ever uses. Post-processors
 * stay as they are (the container creates those first whatever their flag says).
 */
final class ApiDocumentationOnDemand implements BeanFactoryPostProcessor {

    static final String SPRINGDOC = "org.springdoc.";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (fromSpringdoc(beanFactory, definition) && !postProcessor(definition)) {
                definition.setLazyInit(true);
            }
        }
    }

    static boolean fromSpringdoc(ConfigurableListableBeanFactory beanFactory, BeanDefinition definition) {
        if (startsWithSpringdoc(definition.getBeanClassName())
                || startsWithSpringdoc(typeName(definition.getResolvableType()))) {
            return true;
        }
        String factory = definition.getFactoryBeanName();
        return factory != null
                && beanFactory.containsBeanDefinition(factory)
                && startsWithSpringdoc(beanFactory.getBeanDefinition(factory).getBeanClassName());
    }

    private static boolean postProcessor(BeanDefinition definition) {
        Class<?> type = definition.getResolvableType().resolve();
        if (type == null && definition instanceof AbstractBeanDefinition bean && bean.hasBeanClass()) {
            type = bean.getBeanClass();
        }
        return type != null
                && (BeanPostProcessor.class.isAssignableFrom(type)
                        || BeanFactoryPostProcessor.class.isAssignableFrom(type));
    }

    private static String typeName(ResolvableType type) {
        Class<?> resolved = type.resolve();
        return resolved == null ? null : resolved.getName();
    }

    private static boolean startsWithSpringdoc(String className) {
        return className != null && className.startsWith(SPRINGDOC);
    }
}

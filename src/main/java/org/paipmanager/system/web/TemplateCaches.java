package org.paipmanager.system.web;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Room in Thymeleaf's caches for every template and expression of the application. The
 * defaults keep 500 parsed expressions, and the templates hold about 3,800 different
 * ones: the pages of one round of the issue 6 load benchmark evicted each other's
 * expressions, so each request parsed part of its page's expressions again (and an
 * expression compiled to bytecode was thrown away with them).
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	static final int TEMPLATES = 1_000;

	static final int EXPRESSIONS = 20_000;

	@Bean
	static BeanPostProcessor templateCacheSizes() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setTemplateCacheMaxSize(TEMPLATES);
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

}

package org.paipmanager.system.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Text from any request, form, query or JSON, loses its NUL characters before the
 * application sees it: PostgreSQL cannot store NUL in text and refuses the whole save
 * with a server error, and no one types one (found by {@code BadInputIntegrationTests}).
 */
@Configuration(proxyBeanMethods = false)
class TextInput {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	OncePerRequestFilter nulFreeParameters() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				chain.doFilter(new NulFreeRequest(request), response);
			}
		};
	}

	@Bean
	JacksonModule nulFreeJsonText() {
		return new SimpleModule("nul-free-text").addDeserializer(String.class, new NulFreeStrings());
	}

	static String withoutNul(String text) {
		return (text != null && text.indexOf('\u0000') >= 0) ? text.replace("\u0000", "") : text;
	}

	private static final class NulFreeStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return withoutNul(super.deserialize(parser, context));
		}

	}

	private static final class NulFreeRequest extends HttpServletRequestWrapper {

		NulFreeRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return withoutNul(super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return (values != null) ? Arrays.stream(values).map(TextInput::withoutNul).toArray(String[]::new) : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> parameters = new LinkedHashMap<>();
			super.getParameterMap().forEach((name, values) -> parameters.put(name,
					Arrays.stream(values).map(TextInput::withoutNul).toArray(String[]::new)));
			return Collections.unmodifiableMap(parameters);
		}

	}

}

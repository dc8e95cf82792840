package org.paipmanager.system.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI paipManagerApi() {
		return new OpenAPI().info(new Info().title("PAIP Manager API")
			.version("v1")
			.description("Case management for Partner Abuse Intervention Programs under 89 Ill. Adm. Code Part 501. "
					+ "Calls use the signed-in session and its CSRF token (header X-CSRF-TOKEN); errors are "
					+ "application/problem+json."));
	}

}

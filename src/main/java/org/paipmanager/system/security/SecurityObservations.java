package org.paipmanager.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observation around each security filter, authentication and authorization
 * decision: they wrapped every filter of every request (a few percent of a page's CPU
 * time in the issue 6 load benchmark) and nothing reads them. Requests are still measured
 * as a whole ({@code http.server.requests}); security decisions are in the audit log, not
 * in metrics.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}

package org.paipmanager.system.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void servesTheOpenApiDocumentAndSwaggerUiToSignedInAdministratorsOnly() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		WebSession admin = new WebSession(this.port);
		admin.signIn(fixture.newUser(agency, Role.ADMINISTRATOR));
		HttpResponse<String> document = admin.get("/v3/api-docs");
		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(document.body()).contains("\"openapi\"").contains("/api/staff");
		HttpResponse<String> swagger = admin.get("/swagger-ui/index.html");
		assertThat(swagger.statusCode()).isEqualTo(200);
		assertThat(swagger.body()).containsIgnoringCase("swagger");

		WebSession intake = new WebSession(this.port);
		intake.signIn(fixture.newUser(agency, Role.INTAKE_WORKER));
		assertThat(intake.get("/v3/api-docs").statusCode()).isEqualTo(403);

		HttpResponse<String> anonymous = new WebSession(this.port).get("/v3/api-docs");
		assertThat(anonymous.statusCode()).isEqualTo(302);
	}

	@Test
	void exposesHealthAndPrometheusMetrics() {
		WebSession probe = new WebSession(this.port);
		HttpResponse<String> health = probe.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		HttpResponse<String> metrics = probe.get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

	@Test
	void keepsOtherActuatorEndpointsClosed() {
		assertThat(new WebSession(this.port).get("/actuator/env").statusCode()).isIn(302, 404);
		assertThat(new WebSession(this.port).get("/actuator/beans").statusCode()).isIn(302, 404);
	}

}

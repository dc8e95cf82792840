package org.paipmanager.participant;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The controls a participant file shows follow the role (the pages guard each control
 * with {@code @layout.may(...)}; the routes behind them are refused on their own by the
 * authorization matrix).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParticipantFileControlsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private AgencyFixture fixture;

	private AgencyId agency;

	private String file;

	@BeforeEach
	void createParticipant() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		ParticipantId participant = this.fixture.enrolledParticipant(this.agency, "Toby", Gender.MALE,
				LocalDate.now().minusWeeks(3));
		this.file = "/participants/" + participant;
	}

	@Test
	@DisplayName("PAR-1: the intake worker may correct the details and write notes; no emergency access offered")
	void intakeWorkerSeesTheWriteControls() {
		String page = pageAs(Role.INTAKE_WORKER);

		assertThat(page).contains(this.file + "/details")
			.contains("action=\"" + this.file + "/notes\"")
			.doesNotContain("id=\"emergency-access-link\"")
			.contains("action=\"/logout\"")
			.contains("href=\"/participants\"");
	}

	@Test
	void facilitatorWritesNotesButDoesNotCorrectDetailsAndIsOfferedEmergencyAccess() {
		String page = pageAs(Role.FACILITATOR);

		assertThat(page).doesNotContain(this.file + "/details")
			.contains("action=\"" + this.file + "/notes\"")
			.contains("id=\"emergency-access-link\"");
	}

	@Test
	void victimLiaisonOnlyReads() {
		String page = pageAs(Role.VICTIM_LIAISON);

		assertThat(page).doesNotContain(this.file + "/details")
			.doesNotContain("action=\"" + this.file + "/notes\"")
			.contains("id=\"emergency-access-link\"")
			.doesNotContain("href=\"/groups\"");
	}

	private String pageAs(Role role) {
		WebSession session = new WebSession(this.port);
		session.signIn(this.fixture.newUser(this.agency, role));
		var response = session.get(this.file);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}

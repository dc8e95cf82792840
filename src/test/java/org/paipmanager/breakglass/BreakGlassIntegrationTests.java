package org.paipmanager.breakglass;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.SettableClock;
import org.paipmanager.WebSession;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.intake.ScreeningAnswers;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.EmergencyAccess;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Break-glass access (issue 9 part 7, HIPAA 164.312(a)(2)(ii), 164.312(b), 501.190(d),
 * ADR 0023): a facilitator opens the clinical screening in an emergency, the directors
 * are told, a director reviews; never the victim compartment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClock.Configuration.class)
class BreakGlassIntegrationTests {

	static final String REASON = "He said in group he has pills at home and will take them tonight.";

	static GreenMail smtp;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	SettableClock clock;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	IntakeScreenings screenings;

	private AgencyFixture fixture;

	private AgencyId agency;

	private ParticipantId participant;

	@BeforeAll
	static void startSmtp() {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void screenedParticipant() {
		this.mailSender.setPort(smtp.getSmtp().getPort());
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.participant = SystemScope.callAs(this.agency,
				() -> this.participants.refer(new ReferralCommand("Glen", "Glass", LocalDate.of(1983, 4, 4),
						Gender.MALE, false, "English", ReferralSource.COURT, "2026-CF-71", LocalDate.of(2026, 11, 1))));
		SystemScope.callAs(this.agency, () -> {
			ScreeningAnswers.completeFor(this.screenings, this.participants, this.participant,
					LocalDate.of(2026, 11, 2));
			return null;
		});
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@DisplayName("HIPAA 164.312(a)(2)(ii): a facilitator opens 60 minutes of emergency access with a reason after step-up; every read names the grant, the directors are emailed and told on their home page, and the window ends by the clock")
	void facilitatorOpensTimeBoxedEmergencyAccess() throws Exception {
		StaffUser facilitatorUser = this.fixture.newUser(this.agency, Role.FACILITATOR);
		StaffUser directorUser = this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR);
		String directorEmail = "director-" + UUID.randomUUID() + "@example.org";
		setEmail(directorUser, directorEmail);
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(facilitatorUser);
		String file = "/participants/" + this.participant;
		String page = file + "/emergency-access";
		assertThat(facilitator.get(file).body()).contains(page);
		assertThat(facilitator.get(page).body()).contains("First confirm it is you",
				"never opens the victim compartment");

		// Without a fresh step-up the request goes to the step-up page, nothing granted.
		HttpResponse<String> withoutStepUp = facilitator.submit(page, page, Map.of("reason", REASON));
		assertThat(withoutStepUp.headers().firstValue("Location").orElseThrow()).contains("/account/step-up");
		assertThat(grants()).isZero();

		facilitator.stepUp();
		HttpResponse<String> tooShort = facilitator.submit(page, page, Map.of("reason", "urgent"));
		assertThat(tooShort.statusCode()).isEqualTo(200);
		assertThat(tooShort.body()).contains("usa-form-group--error", "Give a reason of at least 20 characters");
		assertThat(grants()).isZero();

		HttpResponse<String> granted = facilitator.submit(page, page, Map.of("reason", REASON));
		assertThat(granted.statusCode()).isEqualTo(302);
		String window = granted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		UUID grant = UUID.fromString(window.substring("/emergency-access/".length()));
		String open = facilitator.get(window).body();
		assertThat(open).contains("Every read is recorded", "Mental-health screen findings", "Nothing found.",
				"501.115(b)(9)");
		// Asking again while it is open leads back to the same access.
		assertThat(facilitator.get(page).body()).contains("/emergency-access/" + grant);

		// Victim safety first: the grant opens nothing of the compartment.
		assertThat(facilitator.get("/victim/participants/" + this.participant).statusCode()).isIn(403, 404);
		assertThat(facilitator.get("/api/victim/participants/" + this.participant + "/records").statusCode()).isIn(403,
				404);

		// The directors are told: one email without the participant's name or the reason,
		// and a notice on the home page.
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		List<MimeMessage> mails = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(directorEmail)) {
				mails.add(message);
			}
		}
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).contains(facilitatorUser.username());
		String body = GreenMailUtil.getBody(mails.get(0));
		assertThat(body).contains("/emergency-access/reviews/" + grant).doesNotContain("Glass", "pills");
		WebSession director = new WebSession(this.port);
		director.signIn(directorUser);
		assertThat(director.get("/").body()).contains("1 emergency access(es) to review, 0 overdue");
		// The director sees the times, never the screening through this page.
		assertThat(director.get(window).body()).contains(REASON).doesNotContain("Nothing found.");

		// 61 minutes later the window is closed.
		this.clock.advance(Duration.ofMinutes(61));
		String closed = facilitator.get(window).body();
		assertThat(closed).contains("This emergency access has ended").doesNotContain("Nothing found.");

		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			List<String> reads = rows(owner,
					"select detail from audit_log where agency_id = ? and record_type = 'intake-screening-clinical'");
			assertThat(reads).hasSize(1).allMatch((detail) -> detail.contains("break-glass=" + grant));
			assertThat(rows(owner,
					"select detail from audit_log where agency_id = ? and record_type = 'break-glass' and action = 'CREATE'"))
				.singleElement()
				.satisfies((detail) -> assertThat(detail).contains("scope=CLINICAL_SCREENING", "minutes=60"));
			assertThat(rows(owner,
					"select detail from audit_log where agency_id = ? and record_type = 'break-glass-alert'"))
				.containsExactly("emailed=1");
			assertThat(rows(owner, "select detail from audit_log where agency_id = ?"))
				.noneMatch((detail) -> detail != null && detail.contains("pills"));
		}
	}

	@Test
	@DisplayName("HIPAA 164.312(b): a director reviews an emergency access with an outcome, a note is required unless justified, a second review is refused, and one left unreviewed for 7 days is overdue")
	void directorReviewsAndUnreviewedBecomesOverdue() {
		StaffUser liaisonUser = this.fixture.newUser(this.agency, Role.VICTIM_LIAISON);
		WebSession liaison = new WebSession(this.port);
		liaison.signIn(liaisonUser);
		liaison.stepUp();
		String page = "/participants/" + this.participant + "/emergency-access";
		String first = liaison.submit(page, page, Map.of("reason", REASON))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		UUID grant = UUID.fromString(first.substring(first.lastIndexOf('/') + 1));

		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		// A director may read the screening anyway: emergency access is not for them.
		assertThat(director.get(page).body()).contains("emergency access is not for you");
		assertThat(director.get("/emergency-access/reviews").body()).contains(liaisonUser.username(), "To review",
				"Glass, Glen");
		String review = "/emergency-access/reviews/" + grant;
		HttpResponse<String> noNote = director.submit(review, review,
				Map.of("outcome", "NOT_JUSTIFIED", "note", " ", "version", "0"));
		assertThat(noNote.statusCode()).isEqualTo(200);
		assertThat(noNote.body()).contains("usa-form-group--error", "Say what you found or did");
		HttpResponse<String> saved = director.submit(review, review, Map.of("outcome", "FOLLOW_UP_NEEDED", "note",
				"Talked with the liaison; screening read once.", "version", "0"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(director.get(review).body()).contains("The review is recorded.", "Follow-up needed");
		HttpResponse<String> again = director.post(review, Map.of("outcome", "JUSTIFIED", "version", "1", "_csrf",
				WebSession.csrfToken(director.get("/").body())));
		assertThat(again.body()).contains("This access has already been reviewed.").doesNotContain("review-form");

		// Another access, left unreviewed for eight days, is overdue.
		this.clock.advance(Duration.ofMinutes(61));
		liaison.stepUp(org.paipmanager.system.security.TotpCodes.stepAt(this.clock.instant()) + 1);
		String second = liaison.submit(page, page, Map.of("reason", REASON + " Again."))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		assertThat(second).doesNotContain(grant.toString());
		this.clock.advance(Duration.ofDays(8));
		assertThat(director.get("/emergency-access/reviews").body()).contains("Review overdue");
		assertThat(director.get("/").body()).contains("1 emergency access(es) to review, 1 overdue");
		// The liaison cannot open the queue.
		assertThat(liaison.get("/emergency-access/reviews").statusCode()).isEqualTo(403);
		assertThat(liaison.get(review).statusCode()).isEqualTo(403);
	}

	@Test
	@DisplayName("SAF-1, 501.190(d): no part of the victim compartment, and no participant-side role, can reach victim data through break-glass")
	void victimCompartmentNeverAsksForEmergencyAccess() {
		noClasses().that()
			.resideInAnyPackage("org.paipmanager.victimcontact..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.paipmanager.breakglass..")
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(EmergencyAccess.class)
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.paipmanager"));
		assertThat(BreakGlassManagement.SCOPE).isEqualTo("CLINICAL_SCREENING");
	}

	private void setEmail(StaffUser user, String email) throws SQLException {
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner.prepareStatement("update staff set email = ? where id = ?")) {
			statement.setString(1, email);
			statement.setObject(2, user.staffId().value());
			statement.executeUpdate();
		}
	}

	private long grants() throws SQLException {
		try (Connection owner = OwnerDatabase.connect(this.environment);
				PreparedStatement statement = owner
					.prepareStatement("select count(*) from break_glass where agency_id = ?")) {
			statement.setObject(1, this.agency.value());
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private List<String> rows(Connection owner, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setObject(1, this.agency.value());
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.add(rs.getString(1));
				}
			}
		}
		return rows;
	}

}

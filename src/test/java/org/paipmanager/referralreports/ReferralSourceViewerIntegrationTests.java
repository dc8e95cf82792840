package org.paipmanager.referralreports;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.MappedRoutes;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.WebSession;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.consent.ReleaseId;
import org.paipmanager.consent.RevocationCommand;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralSourceViewerIntegrationTests {

	private static final YearMonth LAST_MONTH = YearMonth.now().minusMonths(1);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReferralReportsManagement reports;

	@Autowired
	ViewingReleasedReports viewing;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	ConsentManagement consent;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private AgencyFixture fixture;

	private AgencyId agency;

	private UUID office;

	private UUID otherOffice;

	@BeforeEach
	void twoOffices() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.office = office(this.agency, "Lake County Adult Probation");
		this.otherOffice = office(this.agency, "Lake County Circuit Court");
	}

	@Test
	@DisplayName("OUT-3, OUT-4, CON-2: a referral-source viewer sees only the reports about people their office referred that went out under a release still in force; not a held one, not one whose release was revoked, not another office's or another agency's, and every view is audited")
	void seesOnlyReportsReleasedToTheirOffice() {
		ParticipantId released = referredBy(this.agency, this.office, "Aaron");
		release(this.agency, released);
		UUID monthly = as(this.agency, () -> this.reports.generateMonthly(released, LAST_MONTH));
		UUID noticeEvent = as(this.agency, () -> this.reports.recordNoncompliance(released,
				new NoncomplianceCommand(NoncomplianceKind.SUBSTANCE_USE, LocalDate.now(), null)));
		UUID notice = noticeOf(this.agency, noticeEvent);
		ParticipantId held = referredBy(this.agency, this.office, "Bertram");
		UUID heldReport = as(this.agency, () -> this.reports.generateMonthly(held, LAST_MONTH));
		ParticipantId revoked = referredBy(this.agency, this.office, "Cyril");
		ReleaseId revokedRelease = release(this.agency, revoked);
		UUID revokedReport = as(this.agency, () -> this.reports.generateMonthly(revoked, LAST_MONTH));
		assertThat(as(this.agency, () -> this.reports.report(revokedReport)).sent()).isTrue();
		as(this.agency, () -> this.consent.revoke(revoked, revokedRelease, new RevocationCommand(LocalDate.now(),
				"Withdrawn by the participant.", this.consent.release(revoked, revokedRelease).version())));
		ParticipantId otherOffices = referredBy(this.agency, this.otherOffice, "Desmond");
		release(this.agency, otherOffices);
		UUID otherOfficeReport = as(this.agency, () -> this.reports.generateMonthly(otherOffices, LAST_MONTH));
		AgencyId otherAgency = this.fixture.newAgency();
		UUID otherAgencyOffice = office(otherAgency, "Lake County Adult Probation");
		ParticipantId elsewhere = referredBy(otherAgency, otherAgencyOffice, "Emmett");
		release(otherAgency, elsewhere);
		UUID otherAgencyReport = as(otherAgency, () -> this.reports.generateMonthly(elsewhere, LAST_MONTH));

		StaffUser officer = viewer(this.agency, this.office);
		WebSession session = new WebSession(this.port);
		session.signIn(officer);

		HttpResponse<String> home = session.get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/released-reports");
		String page = session.get("/released-reports").body();
		assertThat(page).contains("Reports about people you referred")
			.contains("Lake County Adult Probation")
			.contains("Aaron Referred")
			.contains("/released-reports/" + monthly)
			.contains("/released-reports/" + notice)
			.contains("Monthly report")
			.contains("Noncompliance notice")
			.contains("id=\"released-some-not-shown\"")
			.contains("Some reports may not be shown because no release of information in force covers them")
			.doesNotContain("Bertram")
			.doesNotContain("Cyril")
			.doesNotContain("Desmond")
			.doesNotContain("Emmett");

		HttpResponse<String> report = session.get("/released-reports/" + monthly);
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("Monthly report for").contains("Aaron Referred").contains("501.230(b)");
		HttpResponse<String> pdf = session.get("/released-reports/" + monthly + ".pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		for (UUID hidden : List.of(heldReport, revokedReport, otherOfficeReport, otherAgencyReport,
				UUID.randomUUID())) {
			assertThat(session.get("/released-reports/" + hidden).statusCode()).as("page " + hidden).isEqualTo(404);
			assertThat(session.get("/released-reports/" + hidden + ".pdf").statusCode()).as("pdf " + hidden)
				.isEqualTo(404);
			HttpResponse<String> api = json(session, "/api/released-reports/" + hidden);
			assertThat(api.statusCode()).as("api " + hidden).isEqualTo(404);
			assertThat(api.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		}

		HttpResponse<String> list = json(session, "/api/released-reports");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"referringOffice\":\"Lake County Adult Probation\"")
			.contains("\"someNotShown\":true")
			.contains(monthly.toString())
			.contains(notice.toString())
			.contains("\"kind\":\"NOTICE\"")
			.doesNotContain(heldReport.toString())
			.doesNotContain(revokedReport.toString())
			.doesNotContain("Bertram")
			.doesNotContain("Cyril");
		HttpResponse<String> one = json(session, "/api/released-reports/" + notice);
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(one.body()).contains("\"participantName\":\"Aaron Referred\"").contains("\"html\":");

		// The other office's viewer sees its own referral only; the other agency's
		// viewer only theirs.
		WebSession court = new WebSession(this.port);
		court.signIn(viewer(this.agency, this.otherOffice));
		assertThat(court.get("/released-reports").body()).contains("Desmond Referred")
			.doesNotContain("Aaron")
			.doesNotContain("id=\"released-some-not-shown\"");
		assertThat(court.get("/released-reports/" + monthly).statusCode()).isEqualTo(404);
		WebSession elsewhereViewer = new WebSession(this.port);
		elsewhereViewer.signIn(viewer(otherAgency, otherAgencyOffice));
		assertThat(elsewhereViewer.get("/released-reports").body()).contains("Emmett Referred").doesNotContain("Aaron");
		assertThat(elsewhereViewer.get("/released-reports/" + monthly).statusCode()).isEqualTo(404);
		assertThat(session.get("/released-reports/" + otherAgencyReport).statusCode()).isEqualTo(404);

		// An account not linked to any office sees nothing.
		WebSession unlinked = new WebSession(this.port);
		unlinked.signIn(this.fixture.newUser(this.agency, Role.REFERRAL_SOURCE_VIEWER));
		assertThat(unlinked.get("/released-reports").body()).contains("id=\"released-not-linked\"")
			.doesNotContain("Aaron");
		assertThat(unlinked.get("/released-reports/" + monthly).statusCode()).isEqualTo(404);

		List<String> audited = as(this.agency,
				() -> this.transactions.execute((status) -> this.jdbc.sql("""
						select record_type || ':' || coalesce(record_id, '') || ':' || detail from audit_log
						where actor_staff_id = ? and detail like 'released to the referral-source viewer%'""")
					.param(officer.staffId().value())
					.query(String.class)
					.list()));
		assertThat(audited).contains("referral-report:" + monthly + ":released to the referral-source viewer, page",
				"referral-report:" + monthly + ":released to the referral-source viewer, pdf",
				"referral-report:" + notice + ":released to the referral-source viewer, page");
		assertThat(audited).anyMatch((row) -> row.startsWith("referral-report-list::") && row.contains("rows=2"));
	}

	@Test
	@DisplayName("OUT-3, CON-2: for a referral-source viewer every other page and API route is refused: participant file, search, groups, statistics, the victim compartment, staff, agency, the program's own report pages, and writes")
	void refusesEveryOtherRouteToAViewer() {
		ParticipantId participant = referredBy(this.agency, this.office, "Aaron");
		release(this.agency, participant);
		UUID monthly = as(this.agency, () -> this.reports.generateMonthly(participant, LAST_MONTH));
		WebSession session = new WebSession(this.port);
		session.signIn(viewer(this.agency, this.office));
		assertThat(session.get("/released-reports/" + monthly).statusCode()).isEqualTo(200);

		List<String> ids = List.of(participant.toString(), monthly.toString(), this.office.toString(),
				LAST_MONTH.toString());
		List<String> checked = new ArrayList<>();
		for (String route : MappedRoutes.get(this.context)) {
			if (route.equals("/") || route.startsWith("/released-reports") || route.startsWith("/api/released-reports")
					|| route.startsWith("/login") || route.startsWith("/account/totp")
					// Every account changes its own password, the viewer's too (ADR
					// 0028).
					|| route.equals("/account/password") || route.startsWith("/actuator")) {
				continue;
			}
			List<String> paths = route.contains("{")
					? ids.stream().map((id) -> route.replaceAll("\\{[^}]+}", id)).toList() : List.of(route);
			for (String path : paths) {
				int status = get(session, path).statusCode();
				assertThat(status).as("GET " + path).isIn(403, 404);
				checked.add(path);
			}
		}
		assertThat(checked).contains("/participants/" + participant, "/participants", "/groups", "/statistics",
				"/victim/participants/" + participant, "/referral-reports/" + monthly, "/referral-reports/notices",
				"/api/participants/" + participant, "/staff", "/agency", "/audit");
		assertThat(get(session, "/participants?q=Aaron").statusCode()).isEqualTo(403);
		String csrf = WebSession.csrfToken(session.get("/released-reports").body());
		HttpResponse<String> write = session.post("/participants/" + participant + "/noncompliance",
				Map.of("_csrf", csrf, "kind", "ABSENCE", "occurredOn", LocalDate.now().toString()));
		assertThat(write.statusCode()).isEqualTo(403);
		assertThat(as(this.agency, () -> this.reports.noncompliance(participant))).isEmpty();
	}

	@Test
	@DisplayName("OUT-3, CON-2: the director links a viewer account to its referring office on the page, narrowing it to an officer hides the others' referrals, and only viewer accounts and referring offices can be linked")
	void linksAViewerAccountToItsOffice() {
		ParticipantId participant = referredBy(this.agency, this.office, "Aaron");
		release(this.agency, participant);
		UUID monthly = as(this.agency, () -> this.reports.generateMonthly(participant, LAST_MONTH));
		StaffUser officer = this.fixture.newUser(this.agency, Role.REFERRAL_SOURCE_VIEWER);
		WebSession viewerSession = new WebSession(this.port);
		viewerSession.signIn(officer);
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));

		String page = director.get("/referral-reports/viewers").body();
		assertThat(page).contains(officer.username()).contains("Not linked to any office yet");
		HttpResponse<String> saved = director.submit("/referral-reports/viewers",
				"/referral-reports/viewers/" + officer.staffId().value(),
				Map.of("referringOffice", this.office.toString(), "officerName", ""));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(director.get("/referral-reports/viewers").body()).contains("Linked to Lake County Adult Probation.");
		assertThat(viewerSession.get("/released-reports").body()).contains("/released-reports/" + monthly);

		director.submit("/referral-reports/viewers", "/referral-reports/viewers/" + officer.staffId().value(),
				Map.of("referringOffice", this.office.toString(), "officerName", "Officer Lindqvist"));
		assertThat(viewerSession.get("/released-reports").body()).doesNotContain("/released-reports/" + monthly);
		director.submit("/referral-reports/viewers", "/referral-reports/viewers/" + officer.staffId().value(),
				Map.of("referringOffice", this.office.toString(), "officerName", "officer reyes"));
		assertThat(viewerSession.get("/released-reports").body()).contains("/released-reports/" + monthly);

		StaffUser facilitator = this.fixture.newUser(this.agency, Role.FACILITATOR);
		UUID shelter = as(this.agency, () -> this.agencies.addPartnerAgency("Lake County Shelter",
				PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES, null, "Lake", true));
		assertThatThrownBy(() -> as(this.agency, () -> {
			this.viewing.link(facilitator.staffId(), shelter, "x".repeat(201));
			return null;
		})).isInstanceOfSatisfying(ViewerLinkRefused.class, (refused) -> assertThat(refused.problems())
			.containsOnlyKeys("staffId", "referringOffice", "officerName"));
		assertThat(viewerSession.get("/referral-reports/viewers").statusCode()).isEqualTo(403);
	}

	private UUID office(AgencyId agency, String name) {
		return as(agency, () -> this.agencies.addPartnerAgency(name, PartnerAgencyCategory.JUDICIARY_PROBATION,
				"(847) 555-0100", "Lake", false));
	}

	private ParticipantId referredBy(AgencyId agency, UUID referringOffice, String firstName) {
		return as(agency,
				() -> this.participants.refer(new ReferralCommand(firstName, "Referred", LocalDate.of(1985, 5, 5),
						Gender.MALE, false, "English", ReferralSource.PROBATION, null, LocalDate.now().minusMonths(2),
						0, null, referringOffice, "Officer Reyes, (847) 555-0101", null, null, null, null, null)));
	}

	private ReleaseId release(AgencyId agency, ParticipantId participant) {
		return ConsentFixture.in(this.context)
			.release(agency, participant,
					ConsentFixture.toReferralSource(LocalDate.now().minusMonths(2), LocalDate.now().plusYears(1),
							InformationCategory.ATTENDANCE_AND_COMPLIANCE,
							InformationCategory.PROGRESS_AND_FINAL_REPORTS));
	}

	private StaffUser viewer(AgencyId agency, UUID referringOffice) {
		StaffUser user = this.fixture.newUser(agency, Role.REFERRAL_SOURCE_VIEWER);
		as(agency, () -> {
			this.viewing.link(user.staffId(), referringOffice, null);
			return null;
		});
		return user;
	}

	private UUID noticeOf(AgencyId agency, UUID event) {
		return as(agency,
				() -> this.reports.noncompliance(new ParticipantId(this.transactions
					.execute((status) -> this.jdbc.sql("select participant_id from referral_noncompliance where id = ?")
						.param(event)
						.query(UUID.class)
						.single()))))
			.stream()
			.filter((listing) -> listing.eventId().equals(event))
			.findFirst()
			.orElseThrow()
			.noticeId();
	}

	private static HttpResponse<String> get(WebSession session, String path) {
		return MappedRoutes.open(session, path);
	}

	private static HttpResponse<String> json(WebSession session, String path) {
		return MappedRoutes.open(session, path);
	}

	private static <T> T as(AgencyId agency, Supplier<T> work) {
		return SystemScope.callAs(agency, work);
	}

}

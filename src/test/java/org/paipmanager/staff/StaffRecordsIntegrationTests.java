package org.paipmanager.staff;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffRecordsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	StaffManagement staff;

	private AgencyFixture fixture;

	private AgencyId agency;

	private AgencyFixture.StaffUser director;

	@BeforeEach
	void createAgency() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.director = this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR);
	}

	@Test
	void secondOfTwoConcurrentEditsShowsAConflictAndKeepsWhatWasTyped() {
		StaffId id = this.fixture.newStaffMember(this.agency, "Robin", "Original");
		WebSession firstTab = new WebSession(this.port);
		firstTab.signIn(this.director);
		WebSession secondTab = new WebSession(this.port);
		secondTab.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		String edit = "/staff/" + id + "/edit";
		// Both tabs open the form at version 0 before either saves.
		String firstForm = firstTab.get(edit).body();
		String secondForm = secondTab.get(edit).body();
		assertThat(firstForm).contains("name=\"version\" value=\"0\"");
		assertThat(secondForm).contains("name=\"version\" value=\"0\"");

		HttpResponse<String> firstSave = firstTab.submit(edit, edit, profile("Robin", "FirstTab", "0"));
		assertThat(firstSave.statusCode()).isEqualTo(302);

		HttpResponse<String> secondSave = secondTab.submit(edit, edit, profile("Robin", "SecondTab", "0"));
		assertThat(secondSave.statusCode()).isEqualTo(200);
		assertThat(secondSave.body()).contains("id=\"conflict\"")
			.contains("value=\"SecondTab\"")
			.contains("FirstTab")
			.contains("name=\"version\" value=\"1\"");
		assertThat(lastName(id)).isEqualTo("FirstTab");

		HttpResponse<String> deliberateSave = secondTab.submit(edit, edit, profile("Robin", "SecondTab", "1"));
		assertThat(deliberateSave.statusCode()).isEqualTo(302);
		assertThat(lastName(id)).isEqualTo("SecondTab");
	}

	@Test
	void showsValidationMessagesOnThePageAndSavesNothing() {
		WebSession browser = new WebSession(this.port);
		browser.signIn(this.director);
		int before = SystemScope.callAs(this.agency, () -> this.staff.list().size());
		Map<String, String> fields = profile("", "Former", null);
		fields.put("formerPerpetrator", "true");
		fields.put("hireDate", "2999-05-01");
		HttpResponse<String> page = browser.submit("/staff/new", "/staff/new", fields);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("This field is required.")
			.contains("This date cannot be in the future.")
			.contains("Enter the date since when a former perpetrator has been abuse-free (501.90(d)(2)).");
		assertThat(SystemScope.callAs(this.agency, () -> this.staff.list().size())).isEqualTo(before);
	}

	@Test
	@DisplayName("PRG-1: training hours entered on the staff page count towards the 40-hour requirement")
	void recordsTrainingAndShowsTheComplianceFindingWithItsRule() {
		StaffId id = this.fixture.newStaffMember(this.agency, "Terry", "Trainee");
		WebSession browser = new WebSession(this.port);
		browser.signIn(this.director);
		String page = "/staff/" + id;
		HttpResponse<String> added = browser.submit(page, page + "/training", Map.of("category", "DOMESTIC_VIOLENCE",
				"title", "IDVA 40-hour training", "completedOn", "2024-03-01", "hours", "40", "verified", "true"));
		assertThat(added.statusCode()).isEqualTo(302);
		String detail = browser.get(page).body();
		assertThat(detail).contains("Domestic violence training: 40 of 40 hours completed.").contains("501.290(b)");
	}

	@Test
	void hidesStaffEditingFromRolesWithoutPermission() {
		StaffId id = this.fixture.newStaffMember(this.agency, "Read", "Only");
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		assertThat(facilitator.get("/staff/" + id).body()).doesNotContain("/staff/" + id + "/edit");
		assertThat(facilitator.get("/staff/" + id + "/edit").statusCode()).isEqualTo(403);
		assertThat(facilitator.get("/staff/new").statusCode()).isEqualTo(403);
		HttpResponse<String> save = facilitator.submit("/staff/" + id, "/staff/" + id + "/edit",
				profile("Read", "Changed", "0"));
		assertThat(save.statusCode()).isEqualTo(403);
		assertThat(lastName(id)).isEqualTo("Only");
		WebSession viewer = new WebSession(this.port);
		viewer.signIn(this.fixture.newUser(this.agency, Role.REFERRAL_SOURCE_VIEWER));
		assertThat(viewer.get("/staff").statusCode()).isEqualTo(403);
	}

	private String lastName(StaffId id) {
		return SystemScope.callAs(this.agency, () -> this.staff.get(id).lastName());
	}

	private static Map<String, String> profile(String first, String last, String version) {
		Map<String, String> fields = new HashMap<>();
		fields.put("firstName", first);
		fields.put("lastName", last);
		fields.put("jobTitle", "Group facilitator");
		fields.put("hireDate", "2020-01-06");
		if (version != null) {
			fields.put("version", version);
		}
		return fields;
	}

}

package org.paipmanager.group;

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
class GroupSetUpIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	GroupManagement groups;

	private AgencyId agency;

	private WebSession director;

	private StaffId first;

	private StaffId second;

	@BeforeEach
	void signIn() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		this.agency = fixture.newAgency();
		this.first = fixture.newStaffMember(this.agency, "Fran", "First");
		this.second = fixture.newStaffMember(this.agency, "Sam", "Second");
		this.director = new WebSession(this.port);
		this.director.signIn(fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
	}

	@Test
	@DisplayName("GRP-3: a sixteenth place is refused on the page with the rule quoted, and nothing is saved")
	void refusesACapacityOfSixteenWithTheRule() {
		HttpResponse<String> page = this.director.submit("/groups/new", "/groups/new", group("16", this.second));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("A group may have at most 15 participants (501.90(d)(4)).");
		assertThat(SystemScope.callAs(this.agency, () -> this.groups.schedule())).isEmpty();
	}

	@Test
	@DisplayName("GRP-2: one person cannot be both facilitators of a group")
	void refusesOneFacilitatorTwice() {
		HttpResponse<String> page = this.director.submit("/groups/new", "/groups/new", group("12", this.first));
		assertThat(page.body())
			.contains("Choose two different facilitators: every group is run by two (501.90(d)(1)).");
		assertThat(SystemScope.callAs(this.agency, () -> this.groups.schedule())).isEmpty();
	}

	@Test
	@DisplayName("GRP-1: a weekly group is set up with schedule, location and two facilitators")
	void setsUpAGroup() {
		HttpResponse<String> saved = this.director.submit("/groups/new", "/groups/new", group("15", this.second));
		assertThat(saved.statusCode()).isEqualTo(302);
		String schedule = this.director.get("/groups").body();
		assertThat(schedule).contains("Monday evening group")
			.contains("Monday 18:00")
			.contains("Fran First")
			.contains("Sam Second");
	}

	@Test
	@DisplayName("PRG-1, PRG-2: a facilitator with overdue training or observation needs the director's documented exception")
	void refusesOverdueFacilitatorsWithoutAnException() {
		Map<String, String> fields = group("12", this.second);
		fields.remove("facilitatorExceptionReason");
		HttpResponse<String> page = this.director.submit("/groups/new", "/groups/new", fields);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("the director must document an exception to assign them (501.290, 501.300).");
		assertThat(SystemScope.callAs(this.agency, () -> this.groups.schedule())).isEmpty();

		assertThat(this.director.submit("/groups/new", "/groups/new", group("12", this.second)).statusCode())
			.isEqualTo(302);
		String schedule = this.director.get("/groups").body();
		assertThat(schedule).contains("Training or observation overdue")
			.contains("Exception documented by the director: Training booked for next month.");
	}

	private Map<String, String> group(String capacity, StaffId coFacilitator) {
		Map<String, String> fields = new HashMap<>();
		fields.put("name", "Monday evening group");
		fields.put("composition", "MALE");
		fields.put("language", "English");
		fields.put("weekday", "MONDAY");
		fields.put("startsAt", "18:00");
		fields.put("durationMinutes", "90");
		fields.put("location", "Room 3");
		fields.put("capacity", capacity);
		fields.put("facilitatorId", this.first.toString());
		fields.put("coFacilitatorId", coFacilitator.toString());
		// The fixture's staff have no training on file, so assignments need the
		// director's exception.
		fields.put("facilitatorExceptionReason", "Training booked for next month.");
		return fields;
	}

}

package org.paipmanager.departmentnotice;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.departmentnotice.domain.NotificationDeadline.Status;
import org.paipmanager.group.CurriculumCommand;
import org.paipmanager.group.GroupCommand;
import org.paipmanager.group.GroupComposition;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.PlanningCurriculum;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.staff.DatedCommand;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.StaffProfileCommand;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DepartmentNotificationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	DepartmentNotifications notifications;

	@Autowired
	StaffManagement staff;

	@Autowired
	GroupManagement groups;

	@Autowired
	PlanningCurriculum curriculum;

	private AgencyFixture fixture;

	private AgencyId agency;

	private LocalDate today;

	@BeforeEach
	void createAgency() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.today = LocalDate.now(ZoneId.of("America/Chicago"));
	}

	@Test
	@DisplayName("PRG-4: hiring, a departure of the director, a new group site and a curriculum change each raise a Department notification due 30 days after the change (501.70(a)(2))")
	void programAndStaffChangesRaiseNotifications() {
		StaffId longAgo = hire("Olive", "Overdue", this.today.minusDays(31));
		StaffId recent = hire("Nina", "New", this.today.minusDays(5));
		StaffId first = this.fixture.newStaffMember(this.agency, "Fran", "First");
		StaffId second = this.fixture.newStaffMember(this.agency, "Sam", "Second");
		UUID group = SystemScope.callAs(this.agency,
				() -> this.groups.create(new GroupCommand("Monday men's group", GroupComposition.MALE, "English",
						DayOfWeek.MONDAY, LocalTime.of(18, 0), 90, "Eastside church hall", 15, first.value(),
						second.value(), "Test facilitators without training records: exception documented.")));
		SystemScope.callAs(this.agency, () -> {
			CurriculumCommand plan = this.curriculum.planForEditing(group);
			this.curriculum.update(group, new CurriculumCommand(plan.startsOn(), plan.version(), plan.topics()));
			return null;
		});
		AgencyFixture.StaffUser director = this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR);
		SystemScope.callAs(this.agency, () -> {
			this.staff.recordDeparture(director.staffId(), new DatedCommand(this.today.minusDays(2)));
			return null;
		});

		List<DepartmentNotification> queue = SystemScope.callAs(this.agency, this.notifications::queue);
		assertThat(queue).allSatisfy((n) -> {
			assertThat(n.section()).isEqualTo("501.70(a)(2)");
			assertThat(n.dueOn()).isEqualTo(n.changedOn().plusDays(30));
		});
		DepartmentNotification overdue = only(queue, ChangeKind.STAFF_HIRED, longAgo.value());
		assertThat(overdue.status()).isEqualTo(Status.OVERDUE);
		assertThat(overdue.daysLeft()).isEqualTo(-1);
		assertThat(only(queue, ChangeKind.STAFF_HIRED, recent.value()).status()).isEqualTo(Status.DUE);
		DepartmentNotification site = only(queue, ChangeKind.GROUP_ADDED, group);
		assertThat(site.detail()).contains("Eastside church hall").contains("Monday 18:00").contains("new location");
		assertThat(site.changedOn()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC));
		assertThat(only(queue, ChangeKind.CURRICULUM_CHANGED, group).subject()).isEqualTo("Monday men's group");
		assertThat(only(queue, ChangeKind.DIRECTOR_LEFT, director.staffId().value()).changedOn())
			.isEqualTo(this.today.minusDays(2));
		// The oldest not-sent deadline first.
		assertThat(queue).extracting(DepartmentNotification::dueOn).isSorted();
	}

	@Test
	@DisplayName("PRG-4: marking a notification sent records day and method; bad input is problem+json, a stale version 409, and the page flags what is overdue")
	void marksSentOverApiAndPage() {
		StaffId olive = hire("Olive", "Overdue", this.today.minusDays(40));
		StaffId nina = hire("Nina", "New", this.today.minusDays(3));
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		List<DepartmentNotification> queue = SystemScope.callAs(this.agency, this.notifications::queue);
		DepartmentNotification oliveNotice = only(queue, ChangeKind.STAFF_HIRED, olive.value());
		DepartmentNotification ninaNotice = only(queue, ChangeKind.STAFF_HIRED, nina.value());

		String page = director.get("/department-notifications").body();
		assertThat(page).contains("Overdue by 10 days")
			.contains("Due in 27 days")
			.contains("501.70(a)(2)")
			.contains("Olive Overdue");

		String api = "/api/department-notifications/" + oliveNotice.id() + "/sent";
		HttpResponse<String> missing = director.json("POST", api,
				"{\"sentOn\": \"" + this.today + "\", \"version\": 0}");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(missing.body()).contains("method");
		HttpResponse<String> future = director.json("POST", api,
				"{\"sentOn\": \"" + this.today.plusDays(2) + "\", \"method\": \"EMAIL\", \"version\": 0}");
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(future.body()).contains("This date cannot be in the future.");
		assertThat(SystemScope.callAs(this.agency, () -> this.notifications.get(oliveNotice.id())).sentOn()).isNull();

		HttpResponse<String> sent = director.json("POST", api,
				"{\"sentOn\": \"" + this.today + "\", \"method\": \"EMAIL\", \"version\": 0}");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("\"status\":\"SENT_LATE\"").contains("\"sentMethod\":\"EMAIL\"");
		HttpResponse<String> stale = director.json("POST", api,
				"{\"sentOn\": \"" + this.today + "\", \"method\": \"FAX\", \"version\": 0}");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");

		String form = "/department-notifications/" + ninaNotice.id() + "/sent";
		HttpResponse<String> noMethod = director.submit("/department-notifications", form,
				Map.of("sentOn", this.today.toString(), "version", "0"));
		assertThat(noMethod.statusCode()).isEqualTo(200);
		assertThat(noMethod.body()).contains("id=\"method-" + ninaNotice.id() + "-error\"");
		HttpResponse<String> saved = director.submit("/department-notifications", form,
				Map.of("sentOn", this.today.toString(), "method", "ONLINE_PORTAL", "version", "0"));
		assertThat(saved.statusCode()).isEqualTo(302);
		DepartmentNotification done = SystemScope.callAs(this.agency, () -> this.notifications.get(ninaNotice.id()));
		assertThat(done.status()).isEqualTo(Status.SENT);
		assertThat(done.sentMethod()).isEqualTo(SendingMethod.ONLINE_PORTAL);
		assertThat(director.get("/department-notifications").body()).contains("Department online portal");

		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		assertThat(facilitator.get("/department-notifications").statusCode()).isEqualTo(403);
		assertThat(facilitator.get("/api/department-notifications").statusCode()).isEqualTo(403);
	}

	private StaffId hire(String first, String last, LocalDate hiredOn) {
		return SystemScope.callAs(this.agency, () -> this.staff.register(new StaffProfileCommand(first, last, null,
				null, "Group facilitator", hiredOn, false, false, null, null, null)));
	}

	private static DepartmentNotification only(List<DepartmentNotification> queue, ChangeKind kind, UUID subject) {
		return queue.stream().filter((n) -> n.kind() == kind && n.subjectId().equals(subject)).reduce((a, b) -> {
			throw new AssertionError("two notifications of " + kind + " for " + subject);
		}).orElseThrow(() -> new AssertionError("no notification of " + kind + " for " + subject));
	}

}

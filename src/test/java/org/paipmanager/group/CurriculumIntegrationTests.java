package org.paipmanager.group;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

/**
 * GRP-1: each group's curriculum plan, tied to 501.90(b)(4)(A) to (G) and Appendix A; the
 * topic of each session; every group's sessions in a month.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CurriculumIntegrationTests {

	/** A Tuesday: the groups below meet on Tuesdays. */
	private static final LocalDate FIRST_SESSION = LocalDate.of(2026, 11, 3);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	GroupManagement groups;

	@Autowired
	PlanningCurriculum curriculum;

	private AgencyFixture fixture;

	private AgencyId agency;

	private UUID group;

	private StaffId first;

	private StaffId second;

	private WebSession director;

	@BeforeEach
	void setUpGroup() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		this.first = this.fixture.newStaffMember(this.agency, "Fran", "First");
		this.second = this.fixture.newStaffMember(this.agency, "Sam", "Second");
		this.group = newGroup("Tuesday men's group", DayOfWeek.TUESDAY, LocalTime.of(18, 30), GroupPurpose.PROGRAM);
		this.director = new WebSession(this.port);
		this.director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
	}

	@Test
	@DisplayName("GRP-1: a new group gets the standard 24-topic plan, shown with its coverage of components A to G")
	void startsWithTheStandardPlan() {
		CurriculumDetails plan = plan();
		assertThat(plan.topics()).hasSize(24);
		assertThat(plan.version()).isZero();
		assertThat(plan.startsOn().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
		assertThat(plan.coverage().values()).allSatisfy((topics) -> assertThat(topics).isNotEmpty());
		String page = this.director.get("/groups/" + this.group).body();
		assertThat(page).contains("Curriculum plan")
			.contains("(F) Impact on children of witnessing intimate partner violence (501.90(b)(4)(F))")
			.containsPattern("id=\"coverage-G\">\\s*<th scope=\"row\">[^<]*</th>\\s*<td>18, 20</td>")
			.contains("Program group (501.90)");
	}

	@Test
	@DisplayName("GRP-1: the director saves a plan; it is stored with a new version and shown on the group page")
	void savesAPlan() {
		Map<String, String> form = threeTopics(plan().version());
		HttpResponse<String> saved = this.director.submit(editor(), editor(), form);
		assertThat(saved.statusCode()).isEqualTo(302);
		CurriculumDetails plan = plan();
		assertThat(plan.version()).isEqualTo(1);
		assertThat(plan.startsOn()).isEqualTo(FIRST_SESSION);
		assertThat(plan.topics()).extracting(TopicDetails::title)
			.containsExactly("Naming abuse", "Talking and listening", "Children and parenting");
		assertThat(plan.topics().get(2).attitudes()).containsExactly(AppendixAttitude.FOCUS_7,
				AppendixAttitude.CHALLENGE_3);
		assertThat(this.director.get("/groups/" + this.group).body()).contains("The curriculum plan was saved.")
			.contains("Children and parenting")
			.contains("501 App. A (b)(3)");
	}

	@Test
	@DisplayName("GRP-1: a plan missing components is refused on the page naming them with 501.90(b)(4); nothing saved")
	void refusesAPlanMissingComponents() {
		Map<String, String> form = threeTopics(plan().version());
		form.put("topics[2].components", "E");
		form.put("topics[1].components", "");
		HttpResponse<String> page = this.director.submit(editor(), editor(), form);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("The plan must cover every component of 501.90(b)(4). No topic serves: C, D, F, G.")
			.contains("Choose at least one component this topic serves (501.90(b)(4)).")
			.contains("id=\"topic-1-components-error\"");
		CurriculumDetails plan = plan();
		assertThat(plan.version()).isZero();
		assertThat(plan.topics()).hasSize(24);
	}

	@Test
	@DisplayName("GRP-1: adding or removing a topic changes the page only; the plan is saved with Save")
	void addsAndRemovesTopicsBeforeSaving() {
		Map<String, String> form = threeTopics(0L);
		form.put("addTopic", "true");
		String added = this.director.submit(editor(), editor(), form).body();
		assertThat(added.split("<fieldset class=\"usa-fieldset margin-top-4", -1)).hasSize(5);
		assertThat(added).contains("id=\"topic-3-title\"").doesNotContain("Some fields need your attention");
		form.remove("addTopic");
		form.put("removeTopic", "0");
		String removed = this.director.submit(editor(), editor(), form).body();
		assertThat(removed.split("<fieldset class=\"usa-fieldset margin-top-4", -1)).hasSize(3);
		assertThat(removed).doesNotContain("Naming abuse").contains("Talking and listening");
		assertThat(plan().version()).isZero();
		assertThat(plan().topics()).hasSize(24);
	}

	@Test
	@DisplayName("GRP-1: a stale save of the plan is a visible conflict and does not overwrite the newer plan")
	void refusesAStaleSave() {
		Map<String, String> first = threeTopics(0L);
		assertThat(this.director.submit(editor(), editor(), first).statusCode()).isEqualTo(302);
		Map<String, String> stale = threeTopics(0L);
		stale.put("topics[0].title", "Stale title");
		HttpResponse<String> conflict = this.director.submit(editor(), editor(), stale);
		assertThat(conflict.statusCode()).isEqualTo(200);
		assertThat(conflict.body()).contains("Someone else saved this plan after you opened it. Nothing was saved.");
		assertThat(plan().topics().get(0).title()).isEqualTo("Naming abuse");
		assertThat(plan().version()).isEqualTo(1);
	}

	@Test
	@DisplayName("GRP-1: a version or date that cannot be read at all shows the plan with 'nothing was saved', never a server error (found by wapiti)")
	void answersUnreadableValuesWithThePlan() {
		for (Map.Entry<String, String> bad : Map.of("version", "0\u00bf'\"(", "startsOn", "2026-13-45").entrySet()) {
			Map<String, String> form = threeTopics(0L);
			form.put(bad.getKey(), bad.getValue());
			HttpResponse<String> answer = this.director.submit(editor(), editor(), form);
			assertThat(answer.statusCode()).as(bad.getKey()).isEqualTo(200);
			assertThat(answer.body()).as(bad.getKey()).contains("Nothing was saved");
		}
		assertThat(plan().version()).isZero();
	}

	@Test
	@DisplayName("GRP-1: only those who may change groups edit the plan")
	void keepsThePlanToDirectors() {
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		assertThat(facilitator.get(editor()).statusCode()).isEqualTo(403);
		assertThat(facilitator.get("/groups/" + this.group).body()).contains("Curriculum plan")
			.doesNotContain("Edit the plan");
	}

	@Test
	@DisplayName("GRP-1: the Nth session takes topic ((N - 1) mod plan size) + 1, on the sheet and in the calendar file")
	void givesTheNthSessionItsTopic() {
		this.director.submit(editor(), editor(), threeTopics(0L));
		// 1 December 2026 is the fifth Tuesday from 3 November: topic ((5 - 1) mod 3) +
		// 1.
		SessionTopic fifth = SystemScope.callAs(this.agency,
				() -> this.curriculum.topicOn(this.group, LocalDate.of(2026, 12, 1)).orElseThrow());
		assertThat(fifth.sessionNumber()).isEqualTo(5);
		assertThat(fifth.topic().number()).isEqualTo(2);
		assertThat(fifth.topic().title()).isEqualTo("Talking and listening");
		assertThat(
				SystemScope.callAs(this.agency, () -> this.curriculum.topicOn(this.group, FIRST_SESSION.minusDays(7))))
			.isEmpty();

		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		String sheet = facilitator.get("/groups/" + this.group + "/attendance?date=2026-11-10").body();
		assertThat(sheet).contains("Session 2, topic 2 of 3: Talking and listening")
			.contains("(C) Assertive, non-aggressive communication (501.90(b)(4)(C))")
			.contains("Focus on: identifying and expressing a full range of emotions (501 App. A (a)(4))")
			.contains("Homework: Practice one request");

		String ics = facilitator.get("/groups/" + this.group + "/sessions.ics").body().replace("\r\n ", "");
		assertThat(ics).containsPattern("SUMMARY:Tuesday men's group: (Naming abuse|Talking and listening|Children)")
			.contains("DESCRIPTION:Topic ");
	}

	@Test
	@DisplayName("GRP-1: the month calendar lists every group's sessions with time, place, facilitators and topic")
	void listsTheSessionsOfAMonth() {
		this.director.submit(editor(), editor(), threeTopics(0L));
		UUID thursday = newGroup("Thursday follow-up group", DayOfWeek.THURSDAY, LocalTime.of(10, 0),
				GroupPurpose.FOLLOW_UP);
		SystemScope.callAs(this.agency, () -> {
			CurriculumCommand standard = this.curriculum.plan(thursday).toCommand();
			this.curriculum.update(thursday,
					new CurriculumCommand(LocalDate.of(2026, 11, 5), standard.version(), standard.topics()));
			return null;
		});
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		String december = facilitator.get("/groups/calendar?month=2026-12").body();
		assertThat(december).contains("Group sessions: December 2026")
			.contains("Week from Tuesday, December 1 to Saturday, December 5")
			.contains("Tuesday, December 1")
			.contains("Tuesday, December 29")
			.contains("Topic 2 of 3: Talking and listening")
			.contains("Fran First")
			.contains("Training or observation overdue")
			.contains("Follow-up (501.240)")
			.contains("/groups/" + this.group + "/attendance?date=2026-12-08")
			.contains("href=\"/groups/calendar?month=2026-11\"")
			.contains("href=\"/groups/calendar?month=2027-01\"");
		// Five Tuesdays and five Thursdays.
		List<ScheduledSession> sessions = SystemScope.callAs(this.agency,
				() -> this.groups.sessionsIn(java.time.YearMonth.of(2026, 12)));
		assertThat(sessions.stream().filter((s) -> s.groupId().equals(this.group)).map(ScheduledSession::day))
			.containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 15),
					LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29));
		assertThat(sessions.stream().filter((s) -> s.groupId().equals(thursday)).map(ScheduledSession::day))
			.containsExactly(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 17),
					LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
		assertThat(sessions).hasSize(10);
		assertThat(december.split("class=\"paip-session\"", -1)).hasSize(sessions.size() + 1);

		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		assertThat(intake.get("/groups/calendar?month=2026-12").body()).contains("Talking and listening")
			.doesNotContain("/attendance?date=");
		assertThat(intake.get("/groups/calendar?month=December").statusCode()).isEqualTo(400);
	}

	private UUID newGroup(String name, DayOfWeek weekday, LocalTime startsAt, GroupPurpose purpose) {
		return SystemScope.callAs(this.agency,
				() -> this.groups.create(new GroupCommand(name, GroupComposition.MALE, "English", weekday, startsAt, 90,
						"Room 2", 15, this.first.value(), this.second.value(),
						"Test facilitators without training records: exception documented.", purpose)));
	}

	private String editor() {
		return "/groups/" + this.group + "/curriculum";
	}

	private CurriculumDetails plan() {
		return SystemScope.callAs(this.agency, () -> this.curriculum.plan(this.group));
	}

	/** A three-topic plan covering A to G, from the first Tuesday of November 2026. */
	private Map<String, String> threeTopics(Long version) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", String.valueOf(version));
		form.put("startsOn", FIRST_SESSION.toString());
		topic(form, 0, "Naming abuse", "A,B", "FOCUS_3,CHALLENGE_2", null);
		topic(form, 1, "Talking and listening", "C,D", "FOCUS_4", "Practice one request");
		topic(form, 2, "Children and parenting", "E,F,G", "FOCUS_7,CHALLENGE_3", null);
		return form;
	}

	private static void topic(Map<String, String> form, int index, String title, String components, String attitudes,
			String homework) {
		String prefix = "topics[" + index + "].";
		form.put(prefix + "title", title);
		form.put(prefix + "description", "");
		form.put(prefix + "homework", (homework != null) ? homework : "");
		form.put(prefix + "components", components);
		form.put(prefix + "attitudes", List.of(attitudes.split(",")).stream().collect(Collectors.joining(",")));
	}

}

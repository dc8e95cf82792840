package org.paipmanager.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.participant.Gender;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplianceRemindersIntegrationTests {

	/** The day the reminder job runs in these tests; records are dated before it. */
	static final LocalDate RUN_DAY = LocalDate.of(2026, 6, 15);

	static GreenMail smtp;

	@Autowired
	ApplicationContext context;

	@Autowired
	StaffManagement staff;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ComplianceReminderSchedule schedule;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.paipmanager.program.AccountingForGrants grants;

	@Autowired
	org.paipmanager.program.PlanningContinuation continuation;

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
	void pointMailAtTheTestServer() {
		this.mailSender.setPort(smtp.getSmtp().getPort());
	}

	@Test
	@DisplayName("PRG-1/PRG-2/PRG-3: the staff member and the director get one email per deadline and threshold (30 and 7 days before, overdue), citing the rule, with no participant data")
	void remindsOncePerThreshold() throws Exception {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String directorEmail = "director-" + tag + "@example.org";
		String facilitatorEmail = "facilitator-" + tag + "@example.org";
		person(agency, "Dana", "Director" + tag, directorEmail, Role.PROGRAM_DIRECTOR);
		StaffId facilitator = person(agency, "Renee", "Reminded" + tag, facilitatorEmail, Role.FACILITATOR);
		compliantTraining(agency, facilitator);
		SystemScope.callAs(agency, () -> {
			// 501.300: next observation due on RUN_DAY + 5; 501.280(c): licence expires
			// RUN_DAY + 20.
			this.staff.addObservation(facilitator,
					new ObservationCommand(RUN_DAY.plusDays(5).minusMonths(6), "Dana Director", "Tuesday group", null));
			this.staff.addLicence(facilitator,
					new LicenceCommand("Certified Alcohol and Drug Counselor", "CADC-1", null, RUN_DAY.plusDays(20)));
			return null;
		});
		fixture.enrolledParticipant(agency, "Canaryparticipant" + tag, Gender.MALE, LocalDate.of(2026, 3, 2));

		this.schedule.remindEveryAgency(RUN_DAY);

		List<MimeMessage> first = about("Reminded" + tag);
		assertThat(subjects(first)).containsExactlyInAnyOrder(
				"Staff compliance: Renee Reminded" + tag + ", Observation every six months due within 7 days (501.300)",
				"Staff compliance: Renee Reminded" + tag
						+ ", Licence or certification due within 30 days (501.280(c))");
		// One message each, delivered to the staff member and, in copy, the director.
		assertThat(first).hasSize(4);
		for (MimeMessage message : first) {
			assertThat(addresses(message, Message.RecipientType.TO)).containsExactly(facilitatorEmail);
			assertThat(addresses(message, Message.RecipientType.CC)).containsExactly(directorEmail);
			String body = GreenMailUtil.getBody(message);
			assertThat(body).contains("/staff/" + facilitator).doesNotContain("Canaryparticipant");
		}
		assertThat(first).anySatisfy((message) -> assertThat(GreenMailUtil.getBody(message)).contains("Rule: 501.300")
			.contains("Due: " + RUN_DAY.plusDays(5)));

		this.schedule.remindEveryAgency(RUN_DAY);
		this.schedule.remindEveryAgency(RUN_DAY.plusDays(3));
		assertThat(about("Reminded" + tag)).hasSize(4);

		// 14 days on: the licence reaches its 7-day threshold and the observation is
		// overdue.
		this.schedule.remindEveryAgency(RUN_DAY.plusDays(14));
		List<MimeMessage> later = about("Reminded" + tag);
		assertThat(later).hasSize(8);
		assertThat(subjects(later)).contains(
				"Staff compliance: Renee Reminded" + tag + ", Observation every six months overdue (501.300)",
				"Staff compliance: Renee Reminded" + tag + ", Licence or certification due within 7 days (501.280(c))");
		this.schedule.remindEveryAgency(RUN_DAY.plusDays(15));
		assertThat(about("Reminded" + tag)).hasSize(8);
		assertThat(remindersRecorded(agency, facilitator)).isEqualTo(4);
	}

	@Test
	@DisplayName("PRG-8, PRG-10: the director gets one email per program date and threshold (grant quarterly documentation 30 and 7 days before and overdue, the continuation plan's review), citing the rule and linking the page, as the days move on")
	void remindsOfProgramDatesOncePerThreshold() throws Exception {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String directorEmail = "program-director-" + tag + "@example.org";
		person(agency, "Pat", "Programdirector" + tag, directorEmail, Role.PROGRAM_DIRECTOR);
		UUID grant = SystemScope.callAs(agency, () -> {
			this.continuation.save(null, new org.paipmanager.program.ContinuationPlanCommand(LocalDate.of(2025, 6, 20),
					RUN_DAY.plusDays(5), "The director calls each referring judge.", List.of(), List.of()));
			return this.grants.register(new org.paipmanager.program.GrantCommand(
					org.paipmanager.program.GrantCommand.DEPARTMENT, "DHS-" + tag, LocalDate.of(2026, 4, 1),
					LocalDate.of(2027, 3, 31), null, new BigDecimal("10000.00"), LocalDate.of(2026, 3, 20), 5,
					List.of(new org.paipmanager.program.GrantCommand.Line("SUPP", "Supplies", new BigDecimal("500.00"),
							"Workbooks"))));
		});
		String quarter = "Quarterly expenditure documentation, DHS-" + tag + " Q1";
		String review = "Review of the continuation-of-services plan, 2025-06-20";

		this.schedule.remindEveryAgency(RUN_DAY);
		List<MimeMessage> first = toProgram(directorEmail);
		assertThat(subjects(first)).containsExactlyInAnyOrder(
				"PAIP program: " + quarter + " due within 30 days (501.440(b)(2))",
				"PAIP program: " + review + " due within 7 days (501.260)");
		assertThat(first).hasSize(2).allSatisfy((message) -> {
			assertThat(addresses(message, Message.RecipientType.TO)).containsExactly(directorEmail);
			assertThat(GreenMailUtil.getBody(message)).contains("Open the program page to record it: http");
		});
		assertThat(first).anySatisfy((message) -> assertThat(GreenMailUtil.getBody(message))
			.contains("/program/grants/" + grant, "Rule: 501.440(b)(2)", "Due: 2026-07-05"));

		this.schedule.remindEveryAgency(RUN_DAY);
		this.schedule.remindEveryAgency(RUN_DAY.plusDays(3));
		assertThat(toProgram(directorEmail)).hasSize(2);

		this.schedule.remindEveryAgency(RUN_DAY.plusDays(14));
		assertThat(subjects(toProgram(directorEmail))).hasSize(4)
			.contains("PAIP program: " + quarter + " due within 7 days (501.440(b)(2))",
					"PAIP program: " + review + " overdue (501.260)");
		this.schedule.remindEveryAgency(RUN_DAY.plusDays(15));
		assertThat(toProgram(directorEmail)).hasSize(4);
		this.schedule.remindEveryAgency(RUN_DAY.plusDays(21));
		assertThat(subjects(toProgram(directorEmail))).hasSize(5)
			.contains("PAIP program: " + quarter + " overdue (501.440(b)(2))");
		TransactionTemplate transaction = new TransactionTemplate(
				this.context.getBean(PlatformTransactionManager.class));
		Long recorded = SystemScope.callAs(agency,
				() -> transaction
					.execute((status) -> this.jdbc.sql("select count(*) from reminder_sent where source = 'program'")
						.query(Long.class)
						.single()));
		assertThat(recorded).isEqualTo(5L);
	}

	private static List<MimeMessage> toProgram(String address) throws MessagingException {
		return about("PAIP program:").stream()
			.filter((message) -> subject(message).startsWith("PAIP program:")
					&& addresses(message, Message.RecipientType.TO).contains(address))
			.toList();
	}

	@Test
	@DisplayName("PRG-3: the reminder job called by two application nodes at once sends each reminder once")
	void concurrentRunsSendOnce() throws Exception {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		StaffId facilitator = person(agency, "Luis", "Twice" + tag, "twice-" + tag + "@example.org", Role.FACILITATOR);
		compliantTraining(agency, facilitator);
		SystemScope.callAs(agency, () -> {
			this.staff.addObservation(facilitator,
					new ObservationCommand(RUN_DAY.minusMonths(1), "Supervisor", "Thursday group", null));
			this.staff.addLicence(facilitator, new LicenceCommand("LCSW", "149-1", null, RUN_DAY.plusDays(10)));
			return null;
		});
		LocalDate day = RUN_DAY.plusDays(1);

		CyclicBarrier start = new CyclicBarrier(2);
		Runnable node = () -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			this.schedule.remindEveryAgency(day);
		};
		CompletableFuture.allOf(CompletableFuture.runAsync(node), CompletableFuture.runAsync(node)).join();

		assertThat(about("Twice" + tag)).hasSize(1);
		assertThat(subjects(about("Twice" + tag))).containsExactly(
				"Staff compliance: Luis Twice" + tag + ", Licence or certification due within 30 days (501.280(c))");
		assertThat(remindersRecorded(agency, facilitator)).isOne();
	}

	@Test
	@DisplayName("PRG-1: without a mail host the reminders are off and send nothing")
	void offWithoutMailHost() {
		ComplianceReminders off = new ComplianceReminders(List.of(), this.jdbc, null, null, emptyProvider(),
				java.time.Clock.systemUTC(), "x@localhost", "http://localhost", java.util.Locale.ENGLISH);
		assertThat(off.enabled()).isFalse();
		assertThat(off.sendDue(RUN_DAY)).isZero();
	}

	/** What the context offers without {@code spring.mail.host}: no mail sender. */
	private static ObjectProvider<JavaMailSender> emptyProvider() {
		return new ObjectProvider<>() {
			@Override
			public JavaMailSender getObject(Object... args) {
				throw new IllegalStateException("no mail sender");
			}

			@Override
			public JavaMailSender getIfAvailable() {
				return null;
			}

			@Override
			public JavaMailSender getIfUnique() {
				return null;
			}

			@Override
			public JavaMailSender getObject() {
				throw new IllegalStateException("no mail sender");
			}
		};
	}

	private StaffId person(AgencyId agency, String first, String last, String email, Role role) {
		return SystemScope.callAs(agency, () -> {
			StaffId id = this.staff.register(new StaffProfileCommand(first, last, email, null, "Staff",
					LocalDate.of(2020, 1, 6), role == Role.PROGRAM_DIRECTOR, false, null, null, null));
			this.accounts.createAccount(id, agency, "u-" + UUID.randomUUID().toString().substring(0, 12),
					first + " " + last, AgencyFixture.PASSWORD, EnumSet.of(role), null);
			return id;
		});
	}

	/**
	 * 40 + 20 hours (sent to the Department) and six certified hours in 2025 and 2026.
	 */
	private void compliantTraining(AgencyId agency, StaffId id) {
		SystemScope.callAs(agency, () -> {
			this.staff.addTraining(id, new TrainingCommand(TrainingCategory.DOMESTIC_VIOLENCE, "IDVA 40-hour", null,
					LocalDate.of(2020, 2, 1), new BigDecimal("40"), true));
			this.staff.addTraining(id, new TrainingCommand(TrainingCategory.ABUSER_SERVICES, "PAIP 20-hour", null,
					LocalDate.of(2020, 3, 1), new BigDecimal("20"), true));
			this.staff.recordEvidenceSent(id, 1, new DatedCommand(LocalDate.of(2020, 3, 10)));
			this.staff.addTraining(id, new TrainingCommand(TrainingCategory.CONTINUING_EDUCATION, "CE 2025", null,
					LocalDate.of(2025, 5, 1), new BigDecimal("6"), true));
			this.staff.addTraining(id, new TrainingCommand(TrainingCategory.CONTINUING_EDUCATION, "CE 2026", null,
					LocalDate.of(2026, 2, 1), new BigDecimal("6"), true));
			return null;
		});
	}

	/**
	 * Staff rows of reminder_sent, read in an agency-scoped transaction (row-level
	 * security).
	 */
	private long remindersRecorded(AgencyId agency, StaffId id) {
		TransactionTemplate transaction = new TransactionTemplate(
				this.context.getBean(PlatformTransactionManager.class));
		return SystemScope.callAs(agency,
				() -> transaction.execute((status) -> this.jdbc
					.sql("select count(*) from reminder_sent where source = 'staff' and item_key like ?")
					.param(id.value() + "|%")
					.query(Long.class)
					.single()));
	}

	private static List<MimeMessage> about(String name) throws MessagingException {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> subject(message).contains(name)).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> subjects(List<MimeMessage> messages) {
		return messages.stream().map((message) -> {
			try {
				return message.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).distinct().toList();
	}

	private static List<String> addresses(MimeMessage message, Message.RecipientType type) {
		try {
			return (message.getRecipients(type) != null)
					? Arrays.stream(message.getRecipients(type)).map(Object::toString).toList() : List.of();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

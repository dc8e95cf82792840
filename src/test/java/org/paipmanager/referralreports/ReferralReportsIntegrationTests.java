package org.paipmanager.referralreports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.completion.AssessmentCommand;
import org.paipmanager.completion.CompletionCriterion;
import org.paipmanager.completion.CompletionManagement;
import org.paipmanager.completion.EndingCommand;
import org.paipmanager.completion.TerminationReason;
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.fees.ChargeCommand;
import org.paipmanager.fees.FeesManagement;
import org.paipmanager.fees.PaymentCommand;
import org.paipmanager.fees.PaymentMethod;
import org.paipmanager.group.AttendanceCommand;
import org.paipmanager.group.AttendanceStatus;
import org.paipmanager.group.AttendedGroup;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.referralreports.domain.NoticeDeadline;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.PdfRenderer;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.victimcontact.ContactCommand;
import org.paipmanager.victimcontact.ContactDirection;
import org.paipmanager.victimcontact.ContactKind;
import org.paipmanager.victimcontact.Relationship;
import org.paipmanager.victimcontact.VictimContactManagement;
import org.paipmanager.victimcontact.VictimRecordCommand;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralReportsIntegrationTests {

	private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

	private static final String CANARY = "Qz7canaryREPORT";

	// Claims that abuse has ended or will not recur (501.160(c), seed 003), English and
	// Spanish.
	static final List<Pattern> PREDICTIONS = Stream
		.of("will not reoffend", "won't reoffend", "re-?offend", "reincid", "no longer (a danger|abusive|violent)",
				"rehabilitated", "is cured", "is safe", "no (risk|danger|threat)", "low risk", "unlikely to",
				"likely to", "successfully (changed|reformed)", "no volverá", "rehabilitado", "ya no es", "sin riesgo",
				"bajo riesgo")
		.map((phrase) -> Pattern.compile(phrase, Pattern.CASE_INSENSITIVE))
		.toList();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReferralReportsManagement reports;

	@Autowired
	RecordingAttendance attendance;

	@Autowired
	CompletionManagement completion;

	@Autowired
	DisclosingInformation disclosures;

	@Autowired
	FeesManagement fees;

	@Autowired
	PdfRenderer pdfRenderer;

	@Autowired
	VictimContactManagement victims;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private AgencyId agency;

	@BeforeEach
	void newAgency() {
		this.agency = AgencyFixture.in(this.context).newAgency();
	}

	@Test
	@DisplayName("OUT-3: the monthly report states the month's attendance and the program to date, fees charged, paid and owed, the admission of the violence (501.160(a)(2)) and each 501.160(a) criterion, with exact figures, and goes out under the release")
	void writesTheMonthlyReportWithExactFigures() throws IOException {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 1, ReferralSource.PROBATION, 0);
		ParticipantId participant = group.members().get(0);
		attendSeptember(group);
		as(() -> this.fees.recordCharge(participant,
				new ChargeCommand(LocalDate.of(2026, 8, 20), new BigDecimal("30.00"), "Intake fee")));
		as(() -> this.fees.recordCharge(participant,
				new ChargeCommand(LocalDate.of(2026, 9, 3), new BigDecimal("40.00"), "Group fees")));
		as(() -> this.fees.recordPayment(participant,
				new PaymentCommand(LocalDate.of(2026, 9, 10), new BigDecimal("50.00"), PaymentMethod.CASH, null)));
		as(() -> this.completion.assess(participant,
				new AssessmentCommand(CompletionCriterion.ADMISSION_AND_ACCOUNTABILITY, true, LocalDate.of(2026, 9, 25),
						"Named his own controlling behavior in group and the harm it caused.", null)));
		ConsentFixture.in(this.context)
			.release(this.agency, participant,
					ConsentFixture.toReferralSource(LocalDate.of(2026, 8, 1), LocalDate.now().plusYears(1),
							InformationCategory.ATTENDANCE_AND_COMPLIANCE,
							InformationCategory.PROGRESS_AND_FINAL_REPORTS));

		MonthlyFigures figures = as(() -> this.reports.figures(participant, SEPTEMBER));
		assertThat(figures.sessionsInMonth()).isEqualTo(3);
		assertThat(figures.hoursInMonth()).isEqualByComparingTo("4.5");
		assertThat(figures.absencesInMonth()).isEqualTo(1);
		assertThat(figures.excusedInMonth()).isZero();
		assertThat(figures.sessionsToDate()).isEqualTo(4);
		assertThat(figures.hoursToDate()).isEqualByComparingTo("6");
		assertThat(figures.sessionsRequired()).isEqualTo(24);
		assertThat(figures.hoursRequired()).isEqualByComparingTo(BigDecimal.valueOf(36));
		assertThat(figures.absencesToDate()).isEqualTo(1);
		assertThat(figures.fees().openingBalance()).isEqualByComparingTo("30.00");
		assertThat(figures.fees().charged()).isEqualByComparingTo("40.00");
		assertThat(figures.fees().paid()).isEqualByComparingTo("50.00");
		assertThat(figures.fees().waived()).isEqualByComparingTo("0");
		assertThat(figures.fees().balanceOwed()).isEqualByComparingTo("20.00");
		assertThat(figures.admission().met()).isTrue();
		assertThat(figures.admission().assessedOn()).isEqualTo(LocalDate.of(2026, 9, 25));
		assertThat(figures.criteria()).hasSize(7);
		assertThat(figures.certificateIssued()).isFalse();

		UUID id = as(() -> this.reports.generateMonthly(participant, SEPTEMBER));
		ReferralReport report = as(() -> this.reports.report(id));
		assertThat(report.recipient()).isEqualTo("Probation");
		assertThat(report.subject()).isEqualTo("Monthly report for September 2026: Member1 Attending");
		assertThat(report.html()).contains("<td>3</td>")
			.contains("4 of 24 required")
			.contains("<td>4.5</td>")
			.contains("6 of 36 required")
			.contains("1 (0 excused)")
			.contains("Fees (501.270, 501.155)")
			.contains("Charged in September 2026</th><td>$40.00</td>")
			.contains("Paid in September 2026</th><td>$50.00</td>")
			.contains("Owed at the end of the month</th><td>$20.00</td>")
			.contains(
					"Yes: the participant admits and takes responsibility for the abusive behavior (assessed on September 25, 2026).")
			.contains("501.160(a)(2) Admission of and accountability for abuse")
			.contains("501.160(a)(3) Alternatives to abusive behavior demonstrated</th>")
			.contains("Not assessed yet")
			.contains("does not guarantee")
			.contains("501.230(b)")
			.doesNotContain("Named his own")
			.doesNotContain("certificate");
		assertThat(report.sent()).isTrue();
		ReportDelivery delivery = report.deliveries().get(0);
		// The September 28 absence raised its own notice, which may have gone out too.
		assertThat(as(() -> this.disclosures.accounting(participant)))
			.filteredOn((entry) -> entry.reference().equals("referral-report " + id))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.id()).isEqualTo(delivery.disclosureId());
				assertThat(entry.categories()).containsExactlyInAnyOrder(InformationCategory.ATTENDANCE_AND_COMPLIANCE,
						InformationCategory.PROGRESS_AND_FINAL_REPORTS);
				assertThat(entry.reference()).isEqualTo("referral-report " + id);
			});
		assertThat(pdfText(as(() -> this.reports.reportPdf(id)))).contains("Monthly report for September 2026")
			.contains("Sessions attended");
	}

	@Test
	@DisplayName("OUT-3: no victim information reaches the report, its PDF, its page or its delivery log, and no report text predicts reoffending (501.160(c), seed 003)")
	void carriesNoVictimInformationAndNoPrediction() throws IOException {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 1, ReferralSource.COURT, 0);
		ParticipantId participant = group.members().get(0);
		attendSeptember(group);
		UUID victim = as(() -> this.victims.addRecord(participant,
				new VictimRecordCommand("Vera " + CANARY, Relationship.CURRENT_PARTNER, CANARY + " 7 Oak Lane",
						"555-0199", "Call only before noon " + CANARY, true, LocalDate.now().plusYears(1))));
		as(() -> this.victims.recordContact(victim,
				new ContactCommand(LocalDateTime.now().minusDays(1).withNano(0), ContactKind.PHONE_CALL,
						ContactDirection.FROM_VICTIM, "She said " + CANARY + " about threats", true, true, true, true,
						false)));

		UUID id = as(() -> this.reports.generateMonthly(participant, SEPTEMBER));
		ReferralReport report = as(() -> this.reports.report(id));
		assertThat(report.sent()).isFalse();
		assertThat(report.deliveries()).singleElement()
			.satisfies((held) -> assertThat(held.heldReason()).isEqualTo(ReferralReportsManagement.NO_RELEASE));
		String pdf = pdfText(as(() -> this.reports.reportPdf(id)));
		WebSession director = new WebSession(this.port);
		director.signIn(AgencyFixture.in(this.context).newUser(this.agency, Role.PROGRAM_DIRECTOR));
		String page = director.get("/referral-reports/" + id).body();
		String deliveryLog = report.deliveries().toString() + as(() -> this.transactions.execute((tx) -> this.jdbc
			.sql("select coalesce(string_agg(d::text, '|'), '') from referral_report_delivery d where report_id = ?")
			.param(id)
			.query(String.class)
			.single()));
		for (String text : List.of(report.html(), pdf, page, deliveryLog, report.subject())) {
			assertThat(text).doesNotContainIgnoringCase(CANARY).doesNotContain("555-0199").doesNotContain("Vera");
		}
		assertThat(page).contains("id=\"delivery-log\"").contains("Held: not sent");
		for (Pattern prediction : PREDICTIONS) {
			assertThat(prediction.matcher(report.html()).find()).as("report matches /" + prediction + "/").isFalse();
			assertThat(prediction.matcher(pdf).find()).as("PDF matches /" + prediction + "/").isFalse();
		}
	}

	@Test
	@DisplayName("OUT-3: no referral-report message or template, in English or Spanish, predicts reoffending (501.160(c), seed 003)")
	void noReportTextPredicts() throws IOException {
		List<String> texts = Stream
			.of("src/main/resources/messages.properties", "src/main/resources/messages_es.properties")
			.map(ReferralReportsIntegrationTests::read)
			.flatMap(String::lines)
			.filter((line) -> line.startsWith("referralReports."))
			.toList();
		assertThat(texts).hasSizeGreaterThan(150);
		List<String> all = Stream
			.concat(texts.stream(), Stream
				.of("report-monthly.html", "month.html", "batch.html", "report.html", "notice.html", "notices.html",
						"file-section.html", "released.html", "released-report.html", "viewers.html")
				.map((file) -> read("src/main/resources/templates/referralreports/" + file)))
			.toList();
		for (String text : all) {
			for (Pattern prediction : PREDICTIONS) {
				assertThat(prediction.matcher(text.toLowerCase(Locale.ROOT)).find())
					.as(text + " matches /" + prediction + "/")
					.isFalse();
			}
		}
	}

	@Test
	@DisplayName("OUT-3: a batch writes one report per participant in the program, holds the one without a release, and its progress reaches done")
	void writesAMonthsBatch() throws InterruptedException {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 3, ReferralSource.PROBATION, 2);
		YearMonth month = YearMonth.now();
		ConsentFixture consent = ConsentFixture.in(this.context);
		for (ParticipantId participant : group.members().subList(0, 2)) {
			consent.release(this.agency, participant,
					ConsentFixture.toReferralSource(LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1),
							InformationCategory.ATTENDANCE_AND_COMPLIANCE,
							InformationCategory.PROGRESS_AND_FINAL_REPORTS));
		}

		UUID batch = as(() -> this.reports.startBatch(month));
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!as(() -> this.reports.batch(batch)).finished() && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}

		BatchStatus status = as(() -> this.reports.batch(batch));
		assertThat(status.total()).isEqualTo(3);
		assertThat(status.done()).isEqualTo(3);
		assertThat(status.percent()).isEqualTo(100);
		assertThat(status.failed()).isZero();
		assertThat(status.items()).allSatisfy((item) -> assertThat(item.reportId()).isNotNull());
		assertThat(status.items()).filteredOn(BatchStatus.Item::sent)
			.extracting(BatchStatus.Item::participantId)
			.containsExactlyInAnyOrderElementsOf(group.members().subList(0, 2));
		List<ReportListing> listed = as(() -> this.reports.reports(month));
		assertThat(listed).hasSize(3);
		assertThat(listed).filteredOn((listing) -> !listing.sent())
			.singleElement()
			.satisfies((held) -> assertThat(held.participantId()).isEqualTo(group.members().get(2)));

		WebSession director = new WebSession(this.port);
		director.signIn(AgencyFixture.in(this.context).newUser(this.agency, Role.PROGRAM_DIRECTOR));
		assertThat(director.get("/referral-reports/batches/" + batch + "/status").body())
			.contains("3 of 3 participants done")
			.contains("id=\"batch-done\"")
			.doesNotContain("hx-get");
	}

	@Test
	@DisplayName("OUT-4: a group rule violation raises a notice due within one business day, sent under the release, and the month's report names the rule; an order-of-protection violation carries no words")
	void raisesANoticeForARuleViolation() {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 1, ReferralSource.PROBATION, 1);
		ParticipantId participant = group.members().get(0);
		releaseToReferralSource(participant);
		LocalDate today = LocalDate.now();

		as(() -> this.reports.recordNoncompliance(participant,
				new NoncomplianceCommand(NoncomplianceKind.RULE_VIOLATION, today, "Arrived under the influence")));
		assertThatThrownBy(() -> as(() -> this.reports.recordNoncompliance(participant,
				new NoncomplianceCommand(NoncomplianceKind.ORDER_OF_PROTECTION_VIOLATION, today,
						"She called and said he came by"))))
			.isInstanceOfSatisfying(NoncomplianceRefused.class, (refused) -> assertThat(refused.problems())
				.containsEntry("ruleViolated", "referralReports.noncompliance.ruleOnlyForRules"));
		as(() -> this.reports.recordNoncompliance(participant,
				new NoncomplianceCommand(NoncomplianceKind.ORDER_OF_PROTECTION_VIOLATION, today, null)));

		List<NoticeListing> queue = as(() -> this.reports.noticeQueue());
		assertThat(queue).hasSize(2).allSatisfy((notice) -> {
			assertThat(notice.dueOn()).isEqualTo(NoticeDeadline.dueOn(today));
			assertThat(notice.sent()).isTrue();
			assertThat(notice.overdue()).isFalse();
		});
		ReferralReport rule = as(() -> this.reports.report(queue.stream()
			.filter((notice) -> notice.kind() == NoncomplianceKind.RULE_VIOLATION)
			.findFirst()
			.orElseThrow()
			.noticeId()));
		assertThat(rule.subject()).isEqualTo("Noncompliance notice (Violation of group rules): Member1 Attending");
		assertThat(rule.html()).contains("Arrived under the influence").contains("501.230(b)");
		assertThat(as(() -> this.reports.figures(participant, YearMonth.from(today))).rulesViolated())
			.containsExactly("Arrived under the influence");
		assertThat(as(() -> this.reports.noncompliance(participant))).hasSize(2);
	}

	@Test
	@DisplayName("OUT-5: terminating the program writes the final report to the referral source, with how and when it ended")
	void writesTheFinalReportAtTermination() {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 1, ReferralSource.COURT, 2);
		ParticipantId participant = group.members().get(0);
		releaseToReferralSource(participant);
		LocalDate today = LocalDate.now();

		as(() -> {
			this.completion.terminate(participant,
					new EndingCommand(today, TerminationReason.REFERRAL_WITHDRAWN, "The court closed the case."));
			return null;
		});

		// The final report, and the termination's noncompliance notice (OUT-4).
		List<ReportListing> written = as(() -> this.reports.reportsOn(participant));
		assertThat(written).hasSize(2).allSatisfy((listing) -> assertThat(listing.sent()).isTrue());
		ReferralReport report = as(() -> this.reports.report(written.stream()
			.filter((listing) -> listing.participantName().startsWith("Final report"))
			.findFirst()
			.orElseThrow()
			.id()));
		assertThat(report.subject()).isEqualTo("Final report: Member1 Attending");
		assertThat(report.html()).contains("The participant was terminated from the program on")
			.contains("Sessions attended")
			.doesNotContain("The court closed the case.");
	}

	private void releaseToReferralSource(ParticipantId participant) {
		ConsentFixture.in(this.context)
			.release(this.agency, participant,
					ConsentFixture.toReferralSource(LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1),
							InformationCategory.ATTENDANCE_AND_COMPLIANCE,
							InformationCategory.PROGRESS_AND_FINAL_REPORTS));
	}

	/**
	 * The participant joined on August 1, 2026 and attended the Monday group on August 31
	 * (present), September 7 and 14 (present), September 21 (late, full session) and was
	 * absent on September 28; each session lasts 90 minutes.
	 */
	private void attendSeptember(AttendedGroup group) {
		as(() -> this.transactions
			.execute((status) -> this.jdbc.sql("update group_membership set joined_on = ? where group_id = ?")
				.params(LocalDate.of(2026, 8, 1), group.groupId())
				.update()));
		for (LocalDate day : List.of(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 14))) {
			group.recordSession(day);
		}
		record(group, LocalDate.of(2026, 9, 21), AttendanceStatus.LATE, new BigDecimal("1.5"));
		record(group, LocalDate.of(2026, 9, 28), AttendanceStatus.ABSENT, BigDecimal.ZERO);
	}

	private void record(AttendedGroup group, LocalDate day, AttendanceStatus status, BigDecimal hours) {
		as(() -> {
			AttendanceCommand sheet = this.attendance.sheet(group.groupId(), day);
			List<AttendanceCommand.Line> lines = sheet.lines()
				.stream()
				.map((line) -> new AttendanceCommand.Line(line.participantId(), line.name(), status, hours, false,
						null))
				.toList();
			return this.attendance.record(group.groupId(), new AttendanceCommand(day, sheet.version(), lines));
		});
	}

	private <T> T as(Supplier<T> work) {
		return SystemScope.callAs(this.agency, work);
	}

	private String pdfText(byte[] pdf) throws IOException {
		boolean tagged = this.pdfRenderer.tagged();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).startsWith("Monthly report for");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
			if (tagged) {
				assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
				assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			}
			return new PDFTextStripper().getText(document);
		}
	}

	private static String read(String path) {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

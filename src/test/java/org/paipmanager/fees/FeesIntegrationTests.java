package org.paipmanager.fees;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.fees.domain.FeeAdjustment;
import org.paipmanager.group.AttendanceCommand;
import org.paipmanager.group.AttendanceStatus;
import org.paipmanager.group.AttendedGroup;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PRG-7: fees (501.270, 501.155): session charges that follow attendance, payments with
 * sequential receipts, the monthly statement, refusals with nothing half-saved, and who
 * may see and change what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	FeesManagement fees;

	@Autowired
	RecordingAttendance attendance;

	private AgencyFixture fixture;

	private AgencyId agency;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void agencyWithAFeePolicy() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
		SystemScope.callAs(this.agency, () -> this.fees.writePolicy(FeesFixture.policy(this.today.minusYears(1), 0)));
	}

	@Test
	@DisplayName("PRG-7: attending a session charges the assessed fee once; corrected to absent it is reversed, back to present charged again; a waived fee charges nothing")
	void chargesSessionsAsAttendanceIsRecordedAndCorrected() {
		AttendedGroup group = AttendedGroup.of(this.context, this.agency, 2, ReferralSource.PROBATION, 0);
		ParticipantId paying = group.members().get(0);
		ParticipantId waived = group.members().get(1);
		SystemScope.callAs(this.agency, () -> {
			this.fees.assess(paying, FeeAssessmentCommand.onScale(this.today.minusDays(1), 2, new BigDecimal("1500")));
			return this.fees.assess(waived, new FeeAssessmentCommand(this.today.minusDays(1), 1, BigDecimal.ZERO,
					FeeAdjustment.WAIVER, null, "No income; benefits letter seen."));
		});

		group.recordSession(this.today);
		group.recordSession(this.today);
		FeeLedgerView ledger = ledger(paying);
		assertThat(ledger.entries()).extracting(LedgerEntryView::kind).containsExactly(LedgerEntryKind.SESSION_CHARGE);
		assertThat(ledger.balance()).isEqualByComparingTo("20.00");
		assertThat(ledger(waived).entries()).isEmpty();

		record(group, paying, AttendanceStatus.ABSENT);
		record(group, paying, AttendanceStatus.EXCUSED);
		ledger = ledger(paying);
		assertThat(ledger.entries()).extracting(LedgerEntryView::kind)
			.containsExactly(LedgerEntryKind.SESSION_CHARGE, LedgerEntryKind.REVERSAL);
		assertThat(ledger.balance()).isEqualByComparingTo("0.00");

		record(group, paying, AttendanceStatus.LATE);
		ledger = ledger(paying);
		assertThat(ledger.entries()).extracting(LedgerEntryView::kind)
			.containsExactly(LedgerEntryKind.SESSION_CHARGE, LedgerEntryKind.REVERSAL, LedgerEntryKind.SESSION_CHARGE);
		assertThat(ledger.balance()).isEqualByComparingTo("20.00");
	}

	@Test
	@DisplayName("PRG-7: payments get receipt numbers 1, 2, 3 in the agency, the balance follows, and the receipt page shows it")
	void issuesSequentialReceiptsAndKeepsTheBalance() {
		ParticipantId first = enrolled("First");
		ParticipantId second = enrolled("Second");
		SystemScope.callAs(this.agency, () -> {
			this.fees.recordCharge(first, new ChargeCommand(this.today, new BigDecimal("50.00"), "Workbook"));
			return this.fees.recordCharge(second, new ChargeCommand(this.today, new BigDecimal("30.00"), "Workbook"));
		});
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		String page = "/participants/" + first + "/fees";
		HttpResponse<String> paid = intake.submit(page, page + "/payments",
				Map.of("paidOn", this.today.toString(), "amountPaid", "20.00", "method", "CASH", "paymentNote", ""));
		assertThat(paid.statusCode()).isEqualTo(302);
		assertThat(intake.get(page).body()).contains("Payment recorded with receipt number 1.");

		HttpResponse<String> api = intake.json("POST", "/api/participants/" + second + "/fees/payments",
				"{\"paidOn\":\"" + this.today
						+ "\",\"amountPaid\":10.50,\"method\":\"CHECK\",\"paymentNote\":\"Check 1042\"}");
		assertThat(api.statusCode()).isEqualTo(201);
		assertThat(api.body()).contains("\"receiptNumber\":2").contains("\"balanceAfter\":19.50");
		ReceiptView third = SystemScope.callAs(this.agency, () -> this.fees.recordPayment(first,
				new PaymentCommand(this.today, new BigDecimal("5.25"), PaymentMethod.CARD, null)));
		assertThat(third.receiptNumber()).isEqualTo(3);
		assertThat(third.balanceAfter()).isEqualByComparingTo("24.75");

		String receipt = intake.get(page + "/receipts/1").body();
		assertThat(receipt).contains("Receipt number 1").contains("$20.00").contains("$30.00").contains("Cash");
		assertThat(intake.get(page + "/receipts/2").statusCode()).isEqualTo(404);
		HttpResponse<String> pdf = intake.get(page + "/receipts/1/pdf");
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF");
		String file = intake.get("/participants/" + first).body();
		assertThat(file).contains("id=\"fees-balance\">$24.75").contains("fees-ledger-link");
		String json = intake.json("GET", "/api/participants/" + first + "/fees", "").body();
		assertThat(json).contains("\"balance\":24.75");
	}

	@Test
	@DisplayName("PRG-7: the monthly statement for the referral source: opening balance, charged net of reversals, paid, waived, owed at month end")
	void statesAMonth() {
		ParticipantId participant = enrolled("Monthly");
		YearMonth earlier = YearMonth.from(this.today).minusMonths(2);
		YearMonth later = earlier.plusMonths(1);
		SystemScope.callAs(this.agency, () -> {
			this.fees.recordCharge(participant,
					new ChargeCommand(earlier.atDay(5), new BigDecimal("40.00"), "Sessions"));
			this.fees.recordPayment(participant,
					new PaymentCommand(earlier.atDay(15), new BigDecimal("15.00"), PaymentMethod.CASH, null));
			this.fees.recordCharge(participant, new ChargeCommand(later.atDay(3), new BigDecimal("25.00"), "Sessions"));
			this.fees.recordPayment(participant,
					new PaymentCommand(later.atDay(5), new BigDecimal("5.00"), PaymentMethod.CASH, null));
			this.fees.waive(participant,
					new WaiverCommand(later.atEndOfMonth(), new BigDecimal("10.00"), "Lost job; director approved."));
			ReceiptView mistaken = this.fees.recordPayment(participant,
					new PaymentCommand(later.atDay(20), new BigDecimal("99.00"), PaymentMethod.CASH, null));
			LedgerEntryView entry = this.fees.ledger(participant)
				.entries()
				.stream()
				.filter((e) -> Long.valueOf(mistaken.receiptNumber()).equals(e.receiptNumber()))
				.findFirst()
				.orElseThrow();
			return this.fees.reverse(participant,
					new ReversalCommand(entry.id(), later.atDay(21), "Entered on the wrong participant."));
		});
		assertThat(ledger(participant).reversible()).extracting(LedgerEntryView::amount)
			.as("the reversed payment cannot be reversed again")
			.doesNotContain(new BigDecimal("-99.00"));
		MonthlyFeeStatement first = SystemScope.callAs(this.agency,
				() -> this.fees.monthlyStatement(participant, earlier));
		assertThat(List.of(first.openingBalance(), first.charged(), first.paid(), first.waived(), first.balanceOwed()))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0"), new BigDecimal("40"), new BigDecimal("15"), BigDecimal.ZERO,
					new BigDecimal("25"));
		MonthlyFeeStatement second = SystemScope.callAs(this.agency,
				() -> this.fees.monthlyStatement(participant, later));
		assertThat(List.of(second.openingBalance(), second.charged(), second.paid(), second.waived(),
				second.balanceOwed()))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("25"), new BigDecimal("25"), new BigDecimal("5"), new BigDecimal("10"),
					new BigDecimal("35"));
		assertThat(second.paidUp()).isFalse();
		assertThat(second.section()).isEqualTo("501.270");
	}

	@Test
	@DisplayName("PRG-7: bad input is refused field by field, as problem+json on the API, and nothing is half-saved")
	void refusesBadInputWithNothingSaved() {
		ParticipantId participant = enrolled("Refused");
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		String api = "/api/participants/" + participant + "/fees";

		HttpResponse<String> payment = director.json("POST", api + "/payments",
				"{\"paidOn\":\"" + this.today + "\",\"amountPaid\":-5}");
		assertThat(payment.statusCode()).isEqualTo(400);
		assertThat(payment.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(payment.body()).contains("\"amountPaid\"").contains("\"method\"").contains("0.01 to 10,000.00");

		HttpResponse<String> waiver = director.json("POST", api + "/waivers",
				"{\"waivedOn\":\"" + this.today + "\",\"waivedAmount\":5,\"waiverReason\":\"Hardship\"}");
		assertThat(waiver.statusCode()).isEqualTo(400);
		assertThat(waiver.body()).contains("waivedAmount").contains("cannot be more than the balance owed");

		HttpResponse<String> reversal = director.json("POST", api + "/reversals",
				"{\"entryId\":\"" + java.util.UUID.randomUUID() + "\",\"reversedOn\":\"" + this.today
						+ "\",\"reversalReason\":\"Typo\"}");
		assertThat(reversal.statusCode()).isEqualTo(400);
		assertThat(reversal.body()).contains("entryId").contains("not reversed yet");

		HttpResponse<String> reduction = director.json("POST", api + "/assessments", "{\"assessedOn\":\"" + this.today
				+ "\",\"householdSize\":2,\"monthlyIncome\":1200,\"adjustment\":\"REDUCTION\"}");
		assertThat(reduction.statusCode()).isEqualTo(400);
		assertThat(reduction.body()).contains("adjustmentReason").contains("reductionPercent");

		Map<String, Object> gap = new HashMap<>();
		gap.put("effectiveFrom", this.today.toString());
		gap.put("minimumFee", 8);
		gap.put("waiverRequirements", "Proof of income.");
		gap.put("participantText", "Sliding scale.");
		gap.put("basedOnVersion", 1);
		HttpResponse<String> policy = director.json("POST", "/api/fees/policy",
				policyJson(gap, "[{\"householdFrom\":1,\"incomeFrom\":0,\"incomeTo\":999.99,\"fee\":10},"
						+ "{\"householdFrom\":1,\"incomeFrom\":1200,\"fee\":20}]"));
		assertThat(policy.statusCode()).isEqualTo(400);
		assertThat(policy.body()).contains("bands[1].incomeFrom").contains("Gap: this band does not start");

		Map<String, String> form = new HashMap<>(Map.of("effectiveFrom", this.today.toString(), "minimumFee", "8.00",
				"waiverRequirements", "Proof.", "participantText", "Scale.", "basedOnVersion", "1"));
		form.putAll(Map.of("bands[0].householdFrom", "1", "bands[0].incomeFrom", "0.00", "bands[0].incomeTo", "999.99",
				"bands[0].fee", "10", "bands[1].householdFrom", "1", "bands[1].incomeFrom", "900.00", "bands[1].fee",
				"20"));
		HttpResponse<String> page = director.submit("/fees/policy/new", "/fees/policy", form);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Overlap: this band starts inside the band before it")
			.contains("Some fields need your attention");

		HttpResponse<String> stale = director.json("POST", "/api/fees/policy",
				policyJson(gap, "[{\"householdFrom\":1,\"incomeFrom\":0,\"fee\":10}]").replace("\"basedOnVersion\":1",
						"\"basedOnVersion\":0"));
		assertThat(stale.statusCode()).isEqualTo(409);

		SystemScope.callAs(this.agency, () -> {
			assertThat(this.fees.ledger(participant).entries()).isEmpty();
			assertThat(this.fees.policyVersions()).hasSize(1);
			assertThat(this.fees.ledger(participant).assessment()).isNull();
			return null;
		});
		HttpResponse<String> good = director.json("POST", api + "/payments",
				"{\"paidOn\":\"" + this.today + "\",\"amountPaid\":5,\"method\":\"CASH\"}");
		assertThat(good.body()).as("the refused payment used no receipt number").contains("\"receiptNumber\":1");
	}

	@Test
	@DisplayName("PRG-7: a role without FEES_WRITE gets 403, one without FEES_READ cannot read the ledger, and only the director writes the policy")
	void refusesRolesWithoutThePermission() {
		ParticipantId participant = enrolled("Guarded");
		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		String api = "/api/participants/" + participant + "/fees";
		assertThat(facilitator.json("GET", api, "").statusCode()).isEqualTo(200);
		HttpResponse<String> payment = facilitator.json("POST", api + "/payments",
				"{\"paidOn\":\"" + this.today + "\",\"amountPaid\":5,\"method\":\"CASH\"}");
		assertThat(payment.statusCode()).isEqualTo(403);
		assertThat(payment.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		String page = "/participants/" + participant + "/fees";
		assertThat(facilitator.get(page).body()).doesNotContain("payment-form");
		assertThat(facilitator
			.submit(page, page + "/payments",
					Map.of("paidOn", this.today.toString(), "amountPaid", "5.00", "method", "CASH"))
			.statusCode()).isEqualTo(403);

		WebSession liaison = new WebSession(this.port);
		liaison.signIn(this.fixture.newUser(this.agency, Role.VICTIM_LIAISON));
		assertThat(liaison.json("GET", api, "").statusCode()).isEqualTo(403);

		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		assertThat(intake.get("/fees/policy").body()).doesNotContain("new-policy");
		assertThat(intake.get("/fees/policy/new").statusCode()).isEqualTo(403);
		assertThat(ledger(participant).entries()).isEmpty();
	}

	@Test
	@DisplayName("PRG-7: another agency's participant ledger, receipts and statement are 404")
	void hidesAnotherAgencysLedger() {
		ParticipantId participant = enrolled("Elsewhere");
		SystemScope.callAs(this.agency, () -> this.fees.recordPayment(participant,
				new PaymentCommand(this.today, BigDecimal.TEN, PaymentMethod.CASH, null)));
		AgencyId other = this.fixture.newAgency();
		WebSession stranger = new WebSession(this.port);
		stranger.signIn(this.fixture.newUser(other, Role.PROGRAM_DIRECTOR));
		String api = "/api/participants/" + participant + "/fees";
		assertThat(stranger.json("GET", api, "").statusCode()).isEqualTo(404);
		assertThat(stranger.json("GET", api + "/receipts/1", "").statusCode()).isEqualTo(404);
		assertThat(stranger.json("GET", api + "/statement?month=" + YearMonth.from(this.today), "").statusCode())
			.isEqualTo(404);
		assertThat(stranger.get("/participants/" + participant + "/fees").statusCode()).isEqualTo(404);
		assertThat(stranger
			.json("POST", api + "/payments", "{\"paidOn\":\"" + this.today + "\",\"amountPaid\":5,\"method\":\"CASH\"}")
			.statusCode()).isEqualTo(404);
	}

	@Test
	@DisplayName("PRG-7: the contract form starts from the assessed fee per session (501.155)")
	void offersTheAssessedFeeToTheContract() {
		ParticipantId participant = enrolled("Contract");
		SystemScope.callAs(this.agency, () -> this.fees.assess(participant,
				FeeAssessmentCommand.onScale(this.today, 4, new BigDecimal("2000.00"))));
		WebSession intake = new WebSession(this.port);
		intake.signIn(this.fixture.newUser(this.agency, Role.INTAKE_WORKER));
		assertThat(intake.get("/participants/" + participant + "/contract").body()).contains("value=\"15.00\"");
		assertThat(intake.get("/participants/" + participant + "/fees").body())
			.contains("id=\"fee-per-session\">$15.00");
	}

	private ParticipantId enrolled(String name) {
		return this.fixture.enrolledParticipant(this.agency, name, Gender.MALE, this.today.minusMonths(3));
	}

	private FeeLedgerView ledger(ParticipantId participant) {
		return SystemScope.callAs(this.agency, () -> this.fees.ledger(participant));
	}

	private void record(AttendedGroup group, ParticipantId participant, AttendanceStatus status) {
		SystemScope.callAs(this.agency, () -> {
			AttendanceCommand sheet = this.attendance.sheet(group.groupId(), this.today);
			List<AttendanceCommand.Line> lines = sheet.lines()
				.stream()
				.map((line) -> line.participantId().equals(participant.value())
						? new AttendanceCommand.Line(line.participantId(), line.name(), status,
								status.attended() ? line.hours().max(BigDecimal.ONE) : BigDecimal.ZERO, false, null)
						: line)
				.toList();
			return this.attendance.record(group.groupId(),
					new AttendanceCommand(sheet.heldOn(), sheet.version(), lines));
		});
	}

	private static String policyJson(Map<String, Object> fields, String bands) {
		StringBuilder json = new StringBuilder("{");
		fields.forEach((key, value) -> json.append('"')
			.append(key)
			.append("\":")
			.append((value instanceof String) ? "\"" + value + "\"" : value)
			.append(','));
		return json.append("\"bands\":").append(bands).append('}').toString();
	}

}

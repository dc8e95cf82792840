package org.paipmanager.system.security;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.WebSession;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgreementCommand;
import org.paipmanager.agency.AgreementParty;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.agency.RegisteringAgreements;
import org.paipmanager.completion.CompletionCriterion;
import org.paipmanager.completion.CompletionManagement;
import org.paipmanager.completion.ExtensionCommand;
import org.paipmanager.completion.StandardCommand;
import org.paipmanager.compliance.ComplianceManagement;
import org.paipmanager.compliance.CorrectiveActionCommand;
import org.paipmanager.compliance.DeskReviews;
import org.paipmanager.compliance.PacketCommand;
import org.paipmanager.compliance.SubpartBSection;
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.consent.InformationCategory;
import org.paipmanager.coordination.CoordinationManagement;
import org.paipmanager.coordination.ExchangingReferrals;
import org.paipmanager.coordination.OutgoingReferralCommand;
import org.paipmanager.coordination.ReferralCategory;
import org.paipmanager.correspondence.CorrespondenceManagement;
import org.paipmanager.fees.FeesFixture;
import org.paipmanager.fees.FeesManagement;
import org.paipmanager.group.GroupCommand;
import org.paipmanager.group.GroupComposition;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.mandatedreport.MandatedReporting;
import org.paipmanager.mandatedreport.ReportCommand;
import org.paipmanager.mandatedreport.ReportOutcome;
import org.paipmanager.mandatedreport.domain.ReportedEvent.Concern;
import org.paipmanager.mandatedreport.domain.ReportedEvent.InformationSource;
import org.paipmanager.mandatedreport.domain.RequiredAction;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralDecisionCommand;
import org.paipmanager.participant.ReferralDecisions;
import org.paipmanager.participant.ReferralOutcome;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.program.AccountingForGrants;
import org.paipmanager.program.ApplyingForProtocol;
import org.paipmanager.program.GrantCommand;
import org.paipmanager.program.GrievanceCommand;
import org.paipmanager.program.InnovationCommand;
import org.paipmanager.program.ProgramManagement;
import org.paipmanager.program.ProposingInnovation;
import org.paipmanager.program.ProtocolApplicationCommand;
import org.paipmanager.program.ProtocolDecisionCommand;
import org.paipmanager.referralreports.ReferralReportsManagement;
import org.paipmanager.referralreports.ViewingReleasedReports;
import org.paipmanager.retention.HoldReason;
import org.paipmanager.retention.RetentionManagement;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.victimcontact.ActionItemCommand;
import org.paipmanager.victimcontact.ConsentForm;
import org.paipmanager.victimcontact.InterpreterNeed;
import org.paipmanager.victimcontact.MeetingCommand;
import org.paipmanager.victimcontact.MeetingFormat;
import org.paipmanager.victimcontact.MeetingGround;
import org.paipmanager.victimcontact.MeetingTrigger;
import org.paipmanager.victimcontact.PlanningConsentCommand;
import org.paipmanager.victimcontact.Relationship;
import org.paipmanager.victimcontact.ServicePlanning;
import org.paipmanager.victimcontact.VictimContactManagement;
import org.paipmanager.victimcontact.VictimParticipation;
import org.paipmanager.victimcontact.VictimRecordCommand;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One record of every kind the authorization matrix names, in one agency, built through
 * the modules' facades as the agency (issue 9, proof 1). The records hang together as the
 * routes need them: the letter, the extension, the mandated report and the outgoing
 * referral are the matrix participant's; the monthly report is released to the referring
 * office the agency's referral-source viewer is linked to; the review packet is addressed
 * to the agency's Department monitor; the emergency access is the facilitator's own.
 */
final class MatrixRecords {

	private static final ZoneId ILLINOIS = ZoneId.of("America/Chicago");

	private final ApplicationContext context;

	private final AgencyFixture fixture;

	private final AgencyId agency;

	private final Map<String, String> ids = new LinkedHashMap<>();

	private MatrixRecords(ApplicationContext context, AgencyId agency) {
		this.context = context;
		this.fixture = AgencyFixture.in(context);
		this.agency = agency;
	}

	/**
	 * Seeds the agency and returns the id of each kind of record, by the kind names of
	 * {@code AuthorizationMatrixIntegrationTests.VARIABLES}.
	 * @param users the agency's signed-up staff users, one per role
	 * @param facilitator a session of the agency's facilitator, stepped up
	 */
	static Map<String, String> seed(ApplicationContext context, AgencyId agency, Map<Role, StaffUser> users,
			WebSession facilitator) {
		MatrixRecords records = new MatrixRecords(context, agency);
		records.build(users, facilitator);
		return records.ids;
	}

	private <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	private <T> T as(Supplier<T> work) {
		return SystemScope.callAs(this.agency, work);
	}

	private void put(String kind, Object id) {
		this.ids.put(kind, id.toString());
	}

	private void build(Map<Role, StaffUser> users, WebSession facilitator) {
		LocalDate today = LocalDate.now(ILLINOIS);
		LocalDate programStart = today.minusWeeks(3);
		UUID partner = as(() -> bean(AgencyManagement.class).addPartnerAgency("Matrix partner",
				PartnerAgencyCategory.SUBSTANCE_ABUSE, null, "Cook", false));
		UUID office = as(() -> bean(AgencyManagement.class).addPartnerAgency("Matrix probation office",
				PartnerAgencyCategory.JUDICIARY_PROBATION, "(847) 555-0100", "Cook", false));
		ParticipantId participant = participant(office, programStart);
		StaffId first = this.fixture.newStaffMember(this.agency, "Morgan", "Matrix");
		StaffId second = this.fixture.newStaffMember(this.agency, "Riley", "Matrix");
		UUID group = as(() -> bean(GroupManagement.class).create(new GroupCommand("Matrix group", GroupComposition.MALE,
				"English", DayOfWeek.THURSDAY, LocalTime.of(18, 0), 90, "Room 1", 12, first.value(), second.value(),
				"Test facilitators without training records: exception documented.")));
		ConsentFixture consent = ConsentFixture.in(this.context);
		String release = consent
			.release(this.agency, participant,
					ConsentFixture.toPartner(partner, today.minusDays(5), today.plusYears(1),
							InformationCategory.ATTENDANCE_AND_COMPLIANCE, InformationCategory.REFERRAL_FOR_SERVICES))
			.toString();
		consent.release(this.agency, participant,
				ConsentFixture.toReferralSource(programStart.minusWeeks(3), today.plusYears(1),
						InformationCategory.ATTENDANCE_AND_COMPLIANCE, InformationCategory.PROGRESS_AND_FINAL_REPORTS));
		UUID victim = as(
				() -> bean(VictimContactManagement.class).addRecord(participant, new VictimRecordCommand("Vera Matrix",
						Relationship.CURRENT_PARTNER, "7 Oak Lane", "555-0100", "Call before noon", false, null)));
		as(() -> bean(FeesManagement.class).writePolicy(FeesFixture.policy(today.minusYears(1), 0)));
		put("participant", participant);
		put("staff", first.value());
		put("group", group);
		put("partner", partner);
		put("release", release);
		put("victim-record", victim);

		agency(partner, today);
		participantFile(participant, partner, today);
		program();
		compliance(users.get(Role.DEPARTMENT_MONITOR), today);
		referralReports(participant, office, users.get(Role.REFERRAL_SOURCE_VIEWER));
		retention(participant, today);
		servicePlanning(victim, partner);
		emergencyAccess(participant, facilitator);
	}

	/**
	 * Referred by the probation office, accepted (which writes the letter to the referral
	 * source), found eligible and enrolled with the contract signed the day before the
	 * program starts.
	 */
	private ParticipantId participant(UUID office, LocalDate programStart) {
		ParticipantManagement participants = bean(ParticipantManagement.class);
		return as(() -> {
			ParticipantId id = participants.refer(new ReferralCommand("Matrix", "Enrolled", LocalDate.of(1981, 2, 3),
					Gender.MALE, false, "English", ReferralSource.PROBATION, null, programStart.minusWeeks(3), 0, null,
					office, "Officer Reyes, (847) 555-0101", null, null, null, null, null));
			bean(ReferralDecisions.class).decide(id,
					new ReferralDecisionCommand(ReferralOutcome.ACCEPTED, null, null, null));
			participants.placeAtStage(id, ProgramStage.ELIGIBLE, programStart.minusWeeks(2));
			participants.enroll(id, programStart.minusDays(1), programStart);
			return id;
		});
	}

	private void agency(UUID partner, LocalDate today) {
		put("agreement",
				as(() -> bean(RegisteringAgreements.class)
					.register(new AgreementCommand("Matrix MOU", List.of(new AgreementParty(partner, "Evaluations")),
							List.of("Cook"), null, today.minusMonths(1), today.plusYears(1)))));
	}

	/** The records on the participant's file: letter, extension, report, referral. */
	private void participantFile(ParticipantId participant, UUID partner, LocalDate today) {
		CorrespondenceManagement correspondence = bean(CorrespondenceManagement.class);
		UUID letter = as(() -> correspondence.letters(participant)).get(0).id();
		// Held at the decision (no release yet), sent now that the release covers it: its
		// PDF exists.
		as(() -> {
			correspondence.send(participant, letter);
			return null;
		});
		put("letter", letter);
		UUID referral = as(() -> bean(CoordinationManagement.class).refer(participant,
				new OutgoingReferralCommand(ReferralCategory.SUBSTANCE_ABUSE_TREATMENT, partner,
						"Alcohol use reported at screening (501.135(a)).", today, null)));
		// Sent on paper (the partner has no FHIR endpoint): the printed referral exists.
		as(() -> bean(ExchangingReferrals.class).send(participant, referral));
		put("outgoing-referral", referral);
		CompletionManagement completion = bean(CompletionManagement.class);
		put("extension",
				as(() -> completion.extend(participant, new ExtensionCommand(today, "No admission of the violence yet.",
						List.of(CompletionCriterion.ADMISSION_AND_ACCOUNTABILITY), 6, today))));
		put("standard", as(() -> completion.saveStandard(null, new StandardCommand(ReferralSource.PROBATION,
				"Matrix probation standard", 26, BigDecimal.valueOf(39), 12, false, true, null))));
		ReportCommand threat = new ReportCommand();
		threat.setSource(InformationSource.PARTICIPANT);
		threat.setConcerns(EnumSet.of(Concern.THREAT_TO_HARM_OR_KILL_VICTIM));
		ReportCommand.ReportEntry entry = new ReportCommand.ReportEntry();
		entry.setAction(RequiredAction.REPORT_THREAT_IMMEDIATELY);
		entry.setReportedAt(LocalDateTime.now(ILLINOIS).minusMinutes(45).truncatedTo(ChronoUnit.MINUTES));
		entry.setReferenceNumber("POL-MATRIX-1");
		threat.setReports(List.of(entry));
		ReportOutcome outcome = as(() -> bean(MandatedReporting.class).record(participant, threat));
		put("report-event", outcome.eventId());
		put("mandated-report", outcome.reports().get(0).id());
	}

	private void program() {
		LocalDate today = bean(ProgramManagement.class).today();
		put("grant",
				as(() -> bean(AccountingForGrants.class).register(new GrantCommand(GrantCommand.DEPARTMENT, "G-MATRIX",
						today.minusMonths(1), today.plusMonths(11), null, new BigDecimal("100.00"), today, 30,
						List.of(new GrantCommand.Line("SUPP", "Supplies", new BigDecimal("100.00"), "Workbooks"))))));
		ApplyingForProtocol protocol = bean(ApplyingForProtocol.class);
		UUID application = as(
				() -> protocol.submit(new ProtocolApplicationCommand(ProtocolApplicationCommand.Kind.INITIAL, null,
						today.minusDays(40), "Dana Whitfield", List.of())));
		as(() -> protocol.decide(application, 0,
				new ProtocolDecisionCommand(ProtocolDecisionCommand.Outcome.DENIED, today.minusDays(10), "DHS letter",
						null, null, null,
						List.of(new ProtocolDecisionCommand.DenialArea("501.90(b)(4)", "Curriculum incomplete")))));
		put("protocol-application", application);
		put("grievance",
				as(() -> protocol.fileGrievance(new GrievanceCommand(application, GrievanceCommand.Action.DENIAL, today,
						null, "The curriculum covers every component.", "Curriculum, session plans"))));
		put("innovation",
				as(() -> bean(ProposingInnovation.class).submit(new InnovationCommand("Fathering module",
						"Eight sessions", "Most participants are fathers", true, today.minusDays(100),
						today.plusDays(100), today.plusDays(100), "Pre and post measures", "Victim safety stays first",
						"Caring Dads", today.minusDays(120)))));
	}

	private void compliance(StaffUser monitor, LocalDate today) {
		put("corrective-action",
				as(() -> bean(ComplianceManagement.class).openCorrectiveAction(new CorrectiveActionCommand(
						SubpartBSection.SUPERVISION, "Facilitator not observed for eight months",
						"Observe on the next group", "Dana Whitfield", today.plusDays(30)))));
		put("review-packet", as(() -> bean(DeskReviews.class)
			.build(new PacketCommand(monitor.username(), today.minusMonths(6), today))));
	}

	/**
	 * Last month's report on the participant, sent to the referring office under the
	 * release; the viewer is linked to that office so the report is released to them.
	 */
	private void referralReports(ParticipantId participant, UUID office, StaffUser viewer) {
		YearMonth lastMonth = YearMonth.now(ILLINOIS).minusMonths(1);
		ReferralReportsManagement reports = bean(ReferralReportsManagement.class);
		UUID report = as(() -> reports.generateMonthly(participant, lastMonth));
		assertThat(as(() -> reports.report(report)).sent()).as("the monthly report went out under the release")
			.isTrue();
		as(() -> {
			bean(ViewingReleasedReports.class).link(viewer.staffId(), office, null);
			return null;
		});
		put("referral-report", report);
		// The batch writes its reports in the background; the matrix reads its status
		// only.
		put("referral-batch", as(() -> reports.startBatch(lastMonth)));
	}

	/**
	 * A participant last served over six years ago (501.200(a)) makes the day's
	 * destruction batch; the hold is on the matrix participant.
	 */
	private void retention(ParticipantId participant, LocalDate today) {
		RetentionManagement retention = bean(RetentionManagement.class);
		as(() -> bean(ParticipantManagement.class).refer(new ReferralCommand("Long", "Gone", LocalDate.of(1970, 1, 1),
				Gender.MALE, false, "English", ReferralSource.COURT, null, today.minusYears(8))));
		put("retention-batch", as(retention::prepareBatch).orElseThrow());
		put("hold", as(() -> retention.placeHold(participant.value(), HoldReason.AUDIT, "Matrix audit hold")));
	}

	/** A planning consent, a meeting held yesterday and an action item of it. */
	private void servicePlanning(UUID victim, UUID partner) {
		ServicePlanning planning = bean(ServicePlanning.class);
		LocalDate today = as(planning::today);
		put("planning-consent", as(() -> planning.recordConsent(victim,
				new PlanningConsentCommand(partner, true, true, ConsentForm.APPENDIX_16, today.minusDays(5), null))));
		UUID meeting = as(() -> planning.schedule(victim,
				new MeetingCommand(MeetingTrigger.VICTIM_REQUEST, MeetingGround.HIGH_RISK, false, true,
						today.minusDays(4), "Grace Holloway", today.minusDays(1).atTime(10, 0), MeetingFormat.IN_PERSON,
						"Room 2", VictimParticipation.WILL_NOT_ATTEND, InterpreterNeed.NONE, null, null)));
		put("meeting", meeting);
		put("action-item", as(() -> planning.addActionItem(meeting,
				new ActionItemCommand(null, "Liaison", "Call back", today.plusDays(7)))));
	}

	/**
	 * The facilitator's own emergency access to the participant's screening. Asked for
	 * over HTTP: the facade grants it only to a signed-in person (never the system) whose
	 * step-up is minutes old, which only a session carries.
	 */
	private void emergencyAccess(ParticipantId participant, WebSession facilitator) {
		String page = "/participants/" + participant + "/emergency-access";
		HttpResponse<String> granted = facilitator.submit(page, page,
				Map.of("reason", "Participant disclosed a crisis in group; checking the screening for risk."));
		String location = granted.headers().firstValue("Location").orElse("");
		assertThat(location).as("emergency access granted (%d)", granted.statusCode()).contains("/emergency-access/");
		put("emergency-grant", location.substring(location.lastIndexOf('/') + 1));
	}

}

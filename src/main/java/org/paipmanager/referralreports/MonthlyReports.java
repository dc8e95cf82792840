package org.paipmanager.referralreports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgencyProfile;
import org.paipmanager.completion.CompletionCriterion;
import org.paipmanager.completion.CompletionManagement;
import org.paipmanager.completion.CompletionProgress;
import org.paipmanager.fees.FeesManagement;
import org.paipmanager.group.AttendanceProgress;
import org.paipmanager.group.AttendanceStatus;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.group.RecordingAttendance.ParticipantSession;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ReferralSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Gathers a participant's month from the attendance, fees and completion modules and
 * renders the monthly report in English with the letterhead of the correspondence
 * letters. Reads participant-side data only: nothing here may reach victim contact
 * information.
 */
@Component
class MonthlyReports {

	// Reports go to Illinois courts, probation and other referral sources, which work in
	// English, whatever language the staff member reads the application in.
	static final Locale REPORT_LANGUAGE = Locale.ENGLISH;

	static final DateTimeFormatter REPORT_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", REPORT_LANGUAGE);

	static final DateTimeFormatter REPORT_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", REPORT_LANGUAGE);

	private final RecordingAttendance attendance;

	private final CompletionManagement completion;

	private final FeesManagement fees;

	private final JdbcClient jdbc;

	private final AgencyManagement agencies;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	MonthlyReports(RecordingAttendance attendance, CompletionManagement completion, FeesManagement fees,
			AgencyManagement agencies, ITemplateEngine templates, MessageSource messages, JdbcClient jdbc) {
		this.fees = fees;
		this.jdbc = jdbc;
		this.attendance = attendance;
		this.completion = completion;
		this.agencies = agencies;
		this.templates = templates;
		this.messages = messages;
	}

	MonthlyFigures figures(ParticipantDetails participant, YearMonth month) {
		List<ParticipantSession> sessions = this.attendance.sessionsOf(participant.id())
			.stream()
			.filter(ParticipantSession::counts)
			.filter((session) -> !session.heldOn().isAfter(month.atEndOfMonth()))
			.toList();
		List<ParticipantSession> inMonth = sessions.stream()
			.filter((session) -> YearMonth.from(session.heldOn()).equals(month))
			.toList();
		AttendanceProgress toDate = this.attendance.progress(participant.id());
		CompletionProgress progress = this.completion.progress(participant);
		List<MonthlyFigures.Criterion> criteria = progress.criteria()
			.stream()
			.map((status) -> new MonthlyFigures.Criterion(status.criterion(), status.met(),
					(status.current() != null) ? status.current().assessedOn() : null))
			.toList();
		MonthlyFigures.Criterion admission = criteria.stream()
			.filter((criterion) -> criterion.criterion() == CompletionCriterion.ADMISSION_AND_ACCOUNTABILITY)
			.filter(MonthlyFigures.Criterion::assessed)
			.findFirst()
			.orElse(null);
		return new MonthlyFigures(participant.id(), participant.referralSource(), month,
				(int) inMonth.stream().filter((session) -> session.status().attended()).count(),
				inMonth.stream().map(ParticipantSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
				count(inMonth, AttendanceStatus.ABSENT) + count(inMonth, AttendanceStatus.EXCUSED),
				count(inMonth, AttendanceStatus.EXCUSED), count(inMonth, AttendanceStatus.REMOVED),
				toDate.sessionsAttended(), toDate.hoursAttended(), progress.sessionsRequired(),
				progress.hoursRequired(),
				count(sessions, AttendanceStatus.ABSENT) + count(sessions, AttendanceStatus.EXCUSED),
				this.fees.monthlyStatement(participant.id(), month), rulesViolated(participant, month), admission,
				criteria, progress.certificateAvailable());
	}

	private List<String> rulesViolated(ParticipantDetails participant, YearMonth month) {
		return this.jdbc.sql("""
				select rule_violated from referral_noncompliance
				where participant_id = ? and kind = 'RULE_VIOLATION' and occurred_on between ? and ?
				order by occurred_on, recorded_at""")
			.params(participant.id().value(), month.atDay(1), month.atEndOfMonth())
			.query(String.class)
			.list();
	}

	private static int count(List<ParticipantSession> sessions, AttendanceStatus status) {
		return (int) sessions.stream().filter((session) -> session.status() == status).count();
	}

	String recipient(ParticipantDetails participant) {
		ReferralSource source = (participant.referralSource() != null) ? participant.referralSource()
				: ReferralSource.OTHER;
		return message("referralSource." + source);
	}

	String subject(ParticipantDetails participant, YearMonth month) {
		return message("referralReports.subject", REPORT_MONTH.format(month), name(participant));
	}

	String finalSubject(ParticipantDetails participant) {
		return message("referralReports.subject.final", name(participant));
	}

	String noticeSubject(ParticipantDetails participant, NoncomplianceKind kind) {
		return message("referralReports.subject.notice", message(kind.messageKey()), name(participant));
	}

	/** The report as XHTML, ready to store as sent and to render as PDF. */
	String render(ParticipantDetails participant, MonthlyFigures figures, LocalDate today) {
		return render(participant, figures, today, subject(participant, figures.month()), Map.of());
	}

	/**
	 * The final report (OUT-5): the monthly report of the last month with how the program
	 * ended (501.115(b)(11)(I)).
	 */
	String renderFinal(ParticipantDetails participant, MonthlyFigures figures, LocalDate today, String outcomeKey,
			LocalDate endedOn, String reasonKey) {
		Map<String, Object> ending = new HashMap<>();
		ending.put("outcomeKey", outcomeKey);
		ending.put("endedOn", REPORT_DATE.format(endedOn));
		ending.put("reasonKey", reasonKey);
		return render(participant, figures, today, finalSubject(participant), ending);
	}

	/** A noncompliance notice (OUT-4): what happened and when, nothing about a victim. */
	String renderNotice(ParticipantDetails participant, NoncomplianceKind kind, LocalDate occurredOn,
			String ruleViolated, LocalDate today) {
		Map<String, Object> model = letterhead(participant, today, noticeSubject(participant, kind));
		model.put("kindKey", kind.messageKey());
		model.put("occurredOn", REPORT_DATE.format(occurredOn));
		model.put("ruleViolated", ruleViolated);
		return this.templates.process("referralreports/notice", new Context(REPORT_LANGUAGE, model)).strip();
	}

	private Map<String, Object> letterhead(ParticipantDetails participant, LocalDate today, String subject) {
		Map<String, Object> model = new HashMap<>();
		Optional<AgencyProfile> agency = this.agencies.currentAgency();
		model.put("agencyName", agency.map(AgencyProfile::name).orElse(""));
		model.put("agencyPhone", agency.map(AgencyProfile::phone).orElse(null));
		model.put("date", REPORT_DATE.format(today));
		model.put("recipient", recipient(participant));
		model.put("subject", subject);
		model.put("name", name(participant));
		model.put("dateOfBirth", REPORT_DATE.format(participant.dateOfBirth()));
		model.put("caseNumber", participant.caseNumber());
		model.put("referredOn",
				(participant.referredOn() != null) ? REPORT_DATE.format(participant.referredOn()) : null);
		return model;
	}

	private String render(ParticipantDetails participant, MonthlyFigures figures, LocalDate today, String subject,
			Map<String, Object> ending) {
		Map<String, Object> model = letterhead(participant, today, subject);
		model.put("ending", ending.isEmpty() ? null : ending);
		model.put("month", REPORT_MONTH.format(figures.month()));
		model.put("f", figures);
		model.put("hoursInMonth", plain(figures.hoursInMonth()));
		model.put("hoursToDate", plain(figures.hoursToDate()));
		model.put("hoursRequired", plain(figures.hoursRequired()));
		model.put("feesCharged", money(figures.fees().charged()));
		model.put("feesPaid", money(figures.fees().paid()));
		model.put("feesWaived", money(figures.fees().waived()));
		model.put("feesOwed", money(figures.fees().balanceOwed()));
		model.put("admittedOn",
				(figures.admission() != null) ? REPORT_DATE.format(figures.admission().assessedOn()) : null);
		model.put("criteria",
				figures.criteria()
					.stream()
					.map((criterion) -> Map.of("section", criterion.criterion().section(), "key",
							criterion.criterion().messageKey(), "state",
							!criterion.assessed() ? "notAssessed" : criterion.met() ? "met" : "notMet", "on",
							criterion.assessed() ? REPORT_DATE.format(criterion.assessedOn()) : ""))
					.toList());
		return this.templates.process("referralreports/report-monthly", new Context(REPORT_LANGUAGE, model)).strip();
	}

	static String name(ParticipantDetails participant) {
		return participant.firstName() + " " + participant.lastName();
	}

	private static String money(BigDecimal amount) {
		return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String plain(BigDecimal hours) {
		return (hours.signum() == 0) ? "0" : hours.stripTrailingZeros().toPlainString();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, REPORT_LANGUAGE);
	}

}

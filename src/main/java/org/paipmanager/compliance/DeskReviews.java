package org.paipmanager.compliance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.consent.DisclosingInformation;
import org.paipmanager.group.AttendanceProgress;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.GroupRoster;
import org.paipmanager.group.RecordingAttendance;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.PdfRenderer;
import org.paipmanager.shared.Permission;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.shared.Role;
import org.paipmanager.staff.StaffAccounts;
import org.paipmanager.staff.StaffComplianceFacts;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.statistics.Figure;
import org.paipmanager.statistics.StatisticsManagement;
import org.paipmanager.statistics.StatisticsReport;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department desk reviews (501.200(b), 501.70(a)(1), CON-4). The director builds, in one
 * action, a packet for a named Department monitor and a review period: the self-check,
 * the policies in force, staff compliance facts, group rosters by count, the 501.170
 * statistics for the period and the participant files in scope, as a PDF and a zip of CSV
 * files, kept as built. Nothing of the victim compartment is read. Building the packet
 * and every download write a disclosure ledger row per participant in scope under
 * {@code LegalBasis.DEPARTMENT_REVIEW} and an audit row. A Department monitor reads only
 * the packets addressed to them.
 */
@Service
public class DeskReviews {

	static final String PACKET = "review-packet";

	private static final String READERS = "hasAuthority('PROGRAM_COMPLIANCE') or hasAuthority('DESK_REVIEW_READ')";

	private static final int MAX_PERIOD_DAYS = 731;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final ComplianceManagement compliance;

	private final StaffManagement staff;

	private final StaffAccounts accounts;

	private final GroupManagement groups;

	private final RecordingAttendance attendance;

	private final ParticipantManagement participants;

	private final StatisticsManagement statistics;

	private final DisclosingInformation disclosures;

	private final MessageSource messages;

	private final PdfRenderer pdf;

	DeskReviews(JdbcClient jdbc, AuditLog audit, Clock clock, ComplianceManagement compliance, StaffManagement staff,
			StaffAccounts accounts, GroupManagement groups, RecordingAttendance attendance,
			ParticipantManagement participants, StatisticsManagement statistics, DisclosingInformation disclosures,
			MessageSource messages, PdfRenderer pdf) {
		this.pdf = pdf;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.compliance = compliance;
		this.staff = staff;
		this.accounts = accounts;
		this.groups = groups;
		this.attendance = attendance;
		this.participants = participants;
		this.statistics = statistics;
		this.disclosures = disclosures;
		this.messages = messages;
	}

	/** The Department monitor accounts of the agency a packet can be addressed to. */
	@PreAuthorize(ComplianceManagement.DIRECTOR)
	public List<Map.Entry<String, String>> monitors() {
		return this.accounts.accountsWithRole(Role.DEPARTMENT_MONITOR);
	}

	/**
	 * Builds a packet for a monitor and a period and records its disclosure.
	 * @throws ComplianceRefused when the monitor is not a Department monitor account of
	 * the agency or the period is missing, reversed or longer than two years
	 */
	@PreAuthorize(ComplianceManagement.DIRECTOR + " and hasAuthority('STATISTICS_READ')")
	@Transactional
	public UUID build(PacketCommand command) {
		Map<String, String> problems = new LinkedHashMap<>();
		String monitorName = monitors().stream()
			.filter((m) -> command.monitorUsername() != null && m.getKey().equalsIgnoreCase(command.monitorUsername()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		if (monitorName == null) {
			problems.put("monitorUsername", "compliance.packet.monitor.unknown");
		}
		if (command.from() == null) {
			problems.put("from", "compliance.packet.from.required");
		}
		if (command.to() == null) {
			problems.put("to", "compliance.packet.to.required");
		}
		else if (command.from() != null && command.to().isBefore(command.from())) {
			problems.put("to", "compliance.packet.to.beforeFrom");
		}
		else if (command.from() != null && ChronoUnit.DAYS.between(command.from(), command.to()) > MAX_PERIOD_DAYS) {
			problems.put("to", "compliance.packet.period.long");
		}
		if (!problems.isEmpty()) {
			throw new ComplianceRefused(problems);
		}
		UUID id = UUID.randomUUID();
		Actor actor = CurrentActor.require();
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		StatisticsReport report = this.statistics.report(command.from(), command.to());
		List<ParticipantDetails> inScope = inScope(command.from(), command.to());
		List<ReviewPacket.PacketFile> files = List.of(selfCheck(), policies(), staffFacts(), rosters(),
				statistics(report), participantFiles(inScope));
		ReviewPacketListing listing = new ReviewPacketListing(id, command.monitorUsername().strip(), monitorName,
				command.from(), command.to(), inScope.size(), actor.username(), now);
		byte[] pdf = PacketPdf.render(this.pdf, report.agencyName(), listing, files);
		byte[] zip = PacketCsv.zip(files);
		this.jdbc.sql("""
				insert into compliance_review_packet (id, agency_id, monitor_username, monitor_name, period_from,
				    period_to, participant_ids, pdf, csv_zip, created_by_username, created_at, agency_name)
				values (?, current_agency_id(), ?, ?, ?, ?, ?::uuid[], ?, ?, ?, ?, ?)""")
			.params(id, listing.monitorUsername(), monitorName, command.from(), command.to(),
					inScope.stream()
						.map((p) -> p.id().value().toString())
						.collect(java.util.stream.Collectors.joining(",", "{", "}")),
					pdf, zip, actor.username(), Timestamp.from(now), report.agencyName())
			.update();
		this.disclosures.discloseForDeskReview(inScope.stream().map(ParticipantDetails::id).toList(),
				recipient(monitorName), "Desk review packet " + command.from() + " to " + command.to(),
				PACKET + " " + id);
		this.audit.record(AuditAction.CREATE, PACKET, id.toString(), "501.200(b) for " + listing.monitorUsername()
				+ ", " + command.from() + " to " + command.to() + ", participants=" + inScope.size());
		return id;
	}

	/**
	 * The packets the reader may see: every packet of the agency for the director, only
	 * those addressed to them for a Department monitor. Newest first.
	 */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<ReviewPacketListing> packets() {
		Actor actor = CurrentActor.require();
		boolean all = actor.hasPermission(Permission.PROGRAM_COMPLIANCE);
		return this.jdbc.sql("""
				select id, monitor_username, monitor_name, period_from, period_to, cardinality(participant_ids) as n,
				    created_by_username, created_at
				from compliance_review_packet where ? or lower(monitor_username) = lower(?)
				order by created_at desc, id""")
			.params(all, actor.username())
			.query((rs, row) -> new ReviewPacketListing(rs.getObject("id", UUID.class),
					rs.getString("monitor_username"), rs.getString("monitor_name"),
					rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
					rs.getInt("n"), rs.getString("created_by_username"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * What a packet holds, file by file. Audited as a read.
	 * @throws RecordNotFoundException when the packet is not one the reader may see
	 */
	@PreAuthorize(READERS)
	@Transactional
	public ReviewPacket packet(UUID id) {
		ReviewPacketListing listing = visible(id);
		byte[] zip = this.jdbc.sql("select csv_zip from compliance_review_packet where id = ?")
			.param(id)
			.query(byte[].class)
			.single();
		this.audit.record(AuditAction.READ, PACKET, id.toString(), "contents");
		return new ReviewPacket(listing, PacketCsv.unzip(zip));
	}

	/** The packet's PDF; the download is recorded in the ledger and the audit log. */
	@PreAuthorize(READERS)
	@Transactional
	public byte[] pdf(UUID id) {
		return download(id, "PDF");
	}

	/**
	 * The packet's CSV files as a zip; the download is recorded in the ledger and the
	 * audit log.
	 */
	@PreAuthorize(READERS)
	@Transactional
	public byte[] csvZip(UUID id) {
		return download(id, "CSV_ZIP");
	}

	private byte[] download(UUID id, String kind) {
		ReviewPacketListing listing = visible(id);
		Actor actor = CurrentActor.require();
		byte[] bytes = this.jdbc
			.sql("PDF".equals(kind) ? "select pdf from compliance_review_packet where id = ?"
					: "select csv_zip from compliance_review_packet where id = ?")
			.param(id)
			.query(byte[].class)
			.single();
		List<ParticipantId> inScope = this.jdbc
			.sql("select unnest(participant_ids) from compliance_review_packet where id = ?")
			.param(id)
			.query((rs, row) -> new ParticipantId(rs.getObject(1, UUID.class)))
			.list();
		this.jdbc.sql("""
				insert into compliance_review_packet_download (id, agency_id, packet_id, file_kind,
				    downloaded_by_username, downloaded_at)
				values (?, current_agency_id(), ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, kind, actor.username(),
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)))
			.update();
		this.disclosures.discloseForDeskReview(inScope, recipient(listing.monitorName()),
				"Desk review packet " + listing.from() + " to " + listing.to() + " downloaded ("
						+ ("PDF".equals(kind) ? "PDF" : "CSV zip") + ") by " + actor.username(),
				PACKET + " " + id);
		this.audit.record(AuditAction.EXPORT, PACKET, id.toString(), "501.200(b) download " + kind);
		return bytes;
	}

	private ReviewPacketListing visible(UUID id) {
		return packets().stream()
			.filter((p) -> p.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(PACKET, id));
	}

	private static String recipient(String monitorName) {
		return monitorName + ", Illinois Department of Human Services";
	}

	/**
	 * Participants whose records fall in the period: referred by its end and not ended
	 * before its start.
	 */
	private List<ParticipantDetails> inScope(LocalDate from, LocalDate to) {
		List<ParticipantDetails> found = new ArrayList<>();
		for (ProgramStage stage : ProgramStage.values()) {
			boolean ended = stage == ProgramStage.COMPLETED || stage == ProgramStage.TERMINATED
					|| stage == ProgramStage.NOT_ADMITTED || stage == ProgramStage.TRANSFERRED_OUT;
			this.participants.list(stage)
				.stream()
				.filter((p) -> !p.referredOn().isAfter(to))
				.filter((p) -> !ended || p.stageChangedOn() == null || !p.stageChangedOn().isBefore(from))
				.forEach(found::add);
		}
		found.sort(java.util.Comparator.comparing(ParticipantDetails::lastName)
			.thenComparing(ParticipantDetails::firstName)
			.thenComparing((p) -> p.id().value()));
		return found;
	}

	private ReviewPacket.PacketFile selfCheck() {
		List<List<String>> rows = new ArrayList<>();
		for (SelfCheck.Row row : this.compliance.selfCheck().rows()) {
			for (SelfCheck.Evidence evidence : row.evidence()) {
				rows.add(List.of(row.section().section(), text(row.section().titleKey()),
						text(row.section().requirementKey()), text(evidence.labelKey()), evidence.paragraph(),
						Long.toString(evidence.figure()), evidence.status().name(),
						String.join("; ", evidence.items().stream().map(SelfCheck.Item::label).toList())));
			}
		}
		return new ReviewPacket.PacketFile("self-check.csv",
				List.of("section", "title", "requirement", "evidence", "paragraph", "figure", "status", "records"),
				rows);
	}

	private ReviewPacket.PacketFile policies() {
		List<List<String>> rows = new ArrayList<>();
		for (PolicyView policy : this.compliance.policies()) {
			policy.inForce()
				.ifPresent((v) -> rows.add(List.of(policy.section().section(), v.title(), Integer.toString(v.number()),
						v.effectiveOn().toString(), v.approvedBy(), v.text())));
		}
		return new ReviewPacket.PacketFile("policies.csv",
				List.of("section", "title", "version", "effective_on", "approved_by", "text"), rows);
	}

	private ReviewPacket.PacketFile staffFacts() {
		List<List<String>> rows = new ArrayList<>();
		for (StaffComplianceFacts s : this.staff.complianceFacts()) {
			rows.add(List.of(s.name(), nullToEmpty(s.jobTitle()), yes(s.active()), yes(s.fortyHourTrainingMet()),
					yes(s.abuserServicesTrainingOverdue()), yes(s.continuingEducationMissed()),
					yes(s.observationOverdue()), (s.observationDue() != null) ? s.observationDue().toString() : "",
					yes(s.licenceExpired())));
		}
		return new ReviewPacket.PacketFile("staff-compliance.csv",
				List.of("name", "job_title", "active", "forty_hours_501_290b", "twenty_hours_overdue_501_290b",
						"continuing_education_missed_501_290c", "observation_overdue_501_300", "observation_due",
						"licence_expired_501_280c"),
				rows);
	}

	private ReviewPacket.PacketFile rosters() {
		List<List<String>> rows = new ArrayList<>();
		for (GroupRoster g : this.groups.rosters()) {
			rows.add(List.of(g.name(), g.purpose().name(), g.composition().name(), Integer.toString(g.capacity()),
					Integer.toString(g.members()), yes(g.twoFacilitators()), yes(g.mixedGender())));
		}
		return new ReviewPacket.PacketFile("group-rosters.csv",
				List.of("group", "purpose", "composition", "capacity", "members", "two_facilitators", "mixed_gender"),
				rows);
	}

	private static ReviewPacket.PacketFile statistics(StatisticsReport report) {
		List<List<String>> rows = new ArrayList<>();
		for (Figure figure : report.figures()) {
			if (!figure.recorded()) {
				continue;
			}
			for (Figure.Value value : figure.values()) {
				rows.add(List.of(figure.code(), figure.paragraph(), figure.unit(), value.category(),
						plain(value.value())));
			}
			rows.add(List.of(figure.code(), figure.paragraph(), figure.unit(), "TOTAL", plain(figure.total())));
		}
		return new ReviewPacket.PacketFile("statistics-501-170.csv",
				List.of("figure", "paragraph", "unit", "category", "value"), rows);
	}

	private ReviewPacket.PacketFile participantFiles(List<ParticipantDetails> inScope) {
		List<List<String>> rows = new ArrayList<>();
		for (ParticipantDetails p : inScope) {
			AttendanceProgress progress = this.attendance.progress(p.id());
			rows.add(Arrays.asList(p.id().toString(), p.lastName(), p.firstName(), p.dateOfBirth().toString(),
					p.gender().name(), p.referralSource().name(), nullToEmpty(p.caseNumber()),
					p.referredOn().toString(), p.stage().name(),
					(p.stageChangedOn() != null) ? p.stageChangedOn().toString() : "",
					(p.programStartDate() != null) ? p.programStartDate().toString() : "",
					Integer.toString(progress.sessionsAttended()), plain(progress.hoursAttended()),
					Integer.toString(progress.sessionsRequired())));
		}
		return new ReviewPacket.PacketFile("participants.csv",
				List.of("participant_id", "last_name", "first_name", "date_of_birth", "gender", "referral_source",
						"case_number", "referred_on", "stage", "stage_changed_on", "program_start", "sessions_attended",
						"hours_attended", "sessions_required"),
				rows);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, Locale.ENGLISH);
	}

	private static String yes(boolean value) {
		return value ? "yes" : "no";
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

}

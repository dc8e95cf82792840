package org.paipmanager.referralreports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.agency.PartnerAgencyListing;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.consent.ConsentManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.shared.StaffId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral-source viewer (OUT-3, OUT-4, OUT-5, CON-2): a probation officer or other
 * referral source signed in sees the monthly reports, noncompliance notices and final
 * reports about the participants their referring office referred, and only those that
 * left the program through the disclosure service under a release still in force today. A
 * report held for lack of a release, or whose release was since revoked or has expired,
 * is not shown; the list says that some are not shown, never about whom. A viewer account
 * reads for the referring office (from the agency directory, as the referral records it)
 * it is linked to, optionally narrowed to the officer named on the referral papers. Every
 * read is audited.
 */
@Service
public class ViewingReleasedReports {

	private static final String VISIBLE = """
			select r.id, p.first_name || ' ' || p.last_name as name, r.kind, r.month, r.subject, r.body_html,
			    sent.recorded_at, sent.disclosure_id, r.participant_id
			from referral_source_viewer v
			join participant p on p.referring_agency_id = v.referring_agency_id
			    and (v.officer_name is null
			        or strpos(lower(coalesce(p.referring_contact, '')), lower(v.officer_name)) > 0)
			join referral_report r on r.participant_id = p.id
			join lateral (select d.recorded_at, d.disclosure_id from referral_report_delivery d
			    where d.report_id = r.id and d.outcome = 'SENT' order by d.recorded_at, d.id limit 1) sent on true
			where v.staff_id = :staff
			""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ConsentManagement consent;

	private final ReferralReportsManagement reports;

	private final ReportPdfRenderer pdf;

	private final Clock clock;

	private final AgencyManagement agencies;

	ViewingReleasedReports(JdbcClient jdbc, AuditLog audit, ConsentManagement consent,
			ReferralReportsManagement reports, ReportPdfRenderer pdf, Clock clock, AgencyManagement agencies) {
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.audit = audit;
		this.consent = consent;
		this.reports = reports;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** The reports released to the signed-in viewer's referring office, newest first. */
	@PreAuthorize("hasAuthority('RELEASED_REPORTS_READ')")
	@Transactional
	public ReleasedReportList releasedToMe() {
		UUID staff = viewer();
		String office = this.jdbc.sql("""
				select a.name from referral_source_viewer v join partner_agency a on a.id = v.referring_agency_id
				where v.staff_id = ?""").param(staff).query(String.class).optional().orElse(null);
		List<ReleasedReport> visible = visible(staff, null);
		long written = this.jdbc.sql("""
				select count(*) from referral_source_viewer v
				join participant p on p.referring_agency_id = v.referring_agency_id
				    and (v.officer_name is null
				        or strpos(lower(coalesce(p.referring_contact, '')), lower(v.officer_name)) > 0)
				join referral_report r on r.participant_id = p.id
				where v.staff_id = ? and not exists (select 1 from referral_noncompliance n
				    where n.notice_id = r.id and n.withdrawn_at is not null)""")
			.param(staff)
			.query(Long.class)
			.single();
		List<ReleasedReportListing> listed = visible.stream()
			.map((report) -> new ReleasedReportListing(report.id(), report.participantName(), report.kind(),
					report.month(), report.sentAt()))
			.toList();
		this.audit.record(AuditAction.READ, ReferralReportsManagement.RECORD_TYPE + "-list", null,
				"released to the referral-source viewer, rows=" + listed.size() + ", not shown="
						+ (written - listed.size()));
		return new ReleasedReportList(office, listed, written > listed.size());
	}

	/**
	 * One report released to the viewer's office, as sent.
	 * @throws RecordNotFoundException for any report not released to the viewer under a
	 * release in force, whether it exists or not
	 */
	@PreAuthorize("hasAuthority('RELEASED_REPORTS_READ')")
	@Transactional
	public ReleasedReport report(UUID reportId) {
		ReleasedReport report = released(reportId);
		this.audit.record(AuditAction.READ, ReferralReportsManagement.RECORD_TYPE, reportId.toString(),
				"released to the referral-source viewer, page");
		return report;
	}

	/** One report released to the viewer's office as its PDF (tagged, in English). */
	@PreAuthorize("hasAuthority('RELEASED_REPORTS_READ')")
	@Transactional
	public byte[] reportPdf(UUID reportId) {
		released(reportId);
		this.audit.record(AuditAction.READ, ReferralReportsManagement.RECORD_TYPE, reportId.toString(),
				"released to the referral-source viewer, pdf");
		return this.pdf.render(this.reports.load(reportId));
	}

	/**
	 * Every referral-source viewer account of the agency, with the office it reads for.
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public List<ViewerAccount> viewerAccounts() {
		List<ViewerAccount> accounts = this.jdbc
			.sql("""
					select s.id, s.first_name || ' ' || s.last_name, a.username, v.referring_agency_id, o.name, v.officer_name
					from staff_account a join staff s on s.id = a.staff_id
					left join referral_source_viewer v on v.staff_id = s.id
					left join partner_agency o on o.id = v.referring_agency_id
					where 'REFERRAL_SOURCE_VIEWER' = any (a.roles) order by s.last_name, s.first_name""")
			.query((rs, row) -> new ViewerAccount(new StaffId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6)))
			.list();
		this.audit.record(AuditAction.READ, "referral-source-viewer-list", null, "rows=" + accounts.size());
		return accounts;
	}

	/**
	 * The directory entries a viewer may be linked to: every partner agency but victim
	 * services, which never refer anyone.
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional(readOnly = true)
	public List<PartnerAgencyListing> referringOffices() {
		return this.agencies.partnerAgencies()
			.stream()
			.filter((office) -> office.category() != PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES)
			.toList();
	}

	/**
	 * Links a viewer account to the referring office it reads for, optionally narrowed to
	 * the officer named on the referral papers; a second link replaces the first.
	 * @throws ViewerLinkRefused naming each field that is wrong: not a viewer account, an
	 * office not in the directory (or victim services), an officer name over 200
	 * characters; nothing is saved
	 */
	@PreAuthorize("hasAuthority('STAFF_WRITE')")
	@Transactional
	public void link(StaffId viewer, UUID referringOffice, String officerName) {
		Map<String, String> problems = new LinkedHashMap<>();
		boolean isViewer = viewer != null && this.jdbc.sql("""
				select exists (select 1 from staff_account
				where staff_id = ? and 'REFERRAL_SOURCE_VIEWER' = any (roles))""")
			.param(viewer.value())
			.query(Boolean.class)
			.single();
		if (!isViewer) {
			problems.put("staffId", "referralReports.viewers.notAViewer");
		}
		if (referringOffice == null) {
			problems.put("referringOffice", "validation.required");
		}
		else if (referringOffices().stream().noneMatch((office) -> office.id().equals(referringOffice))) {
			problems.put("referringOffice", "referralReports.viewers.unknownOffice");
		}
		String officer = (officerName == null || officerName.isBlank()) ? null : officerName.strip();
		if (officer != null && officer.length() > 200) {
			problems.put("officerName", "validation.tooLong");
		}
		if (!problems.isEmpty()) {
			throw new ViewerLinkRefused(problems);
		}
		Actor actor = CurrentActor.require();
		this.jdbc.sql("""
				insert into referral_source_viewer (staff_id, agency_id, referring_agency_id, officer_name, linked_at,
				    linked_by_username, version) values (?, ?, ?, ?, ?, ?, 0)
				on conflict (staff_id) do update set referring_agency_id = excluded.referring_agency_id,
				    officer_name = excluded.officer_name, linked_at = excluded.linked_at,
				    linked_by_username = excluded.linked_by_username, version = referral_source_viewer.version + 1""")
			.params(viewer.value(), actor.agencyId().value(), referringOffice, officer,
					Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)), actor.username())
			.update();
		this.audit.record(AuditAction.UPDATE, "referral-source-viewer", viewer.toString(),
				"referring office=" + referringOffice + ((officer != null) ? ", narrowed to the named officer" : ""));
	}

	private ReleasedReport released(UUID reportId) {
		return visible(viewer(), reportId).stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(ReferralReportsManagement.RECORD_TYPE, reportId));
	}

	private List<ReleasedReport> visible(UUID staff, UUID only) {
		record Row(ReleasedReport report, UUID disclosure) {
		}
		List<Row> rows = this.jdbc
			.sql(VISIBLE + " and (cast(:only as uuid) is null or r.id = cast(:only as uuid))"
					+ " order by sent.recorded_at desc, r.id")
			.param("staff", staff)
			.param("only", only)
			.query((rs, row) -> new Row(new ReleasedReport(rs.getObject(1, UUID.class), rs.getString(2),
					ReferralReportKind.valueOf(rs.getString(3)), YearMonth.from(rs.getObject(4, LocalDate.class)),
					rs.getString(5), rs.getTimestamp(7).toInstant(), rs.getString(6)), rs.getObject(8, UUID.class)))
			.list();
		// CON-2: shown only while the release it went out under is still in force.
		Set<UUID> covered = this.consent.stillCoveredByRelease(rows.stream().map(Row::disclosure).toList(),
				LocalDate.now(this.clock));
		return rows.stream().filter((row) -> covered.contains(row.disclosure())).map(Row::report).toList();
	}

	private static UUID viewer() {
		return Optional.ofNullable(CurrentActor.require().staffUuid())
			.orElseThrow(() -> new IllegalStateException("Only a signed-in viewer has released reports"));
	}

}

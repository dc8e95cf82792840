package org.paipmanager.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.AgencyFixture;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.compliance.DeskReviews;
import org.paipmanager.compliance.PacketCommand;
import org.paipmanager.participant.CaseNoteCommand;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class RetentionIntegrationTests {

	/** Program end of the old records: 6 years later they may go. */
	static final LocalDate LAST_SERVICE = LocalDate.of(2018, 3, 15);

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	RetentionManagement retention;

	@Autowired
	RetentionSchedule schedule;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	AuditLog audit;

	@Autowired
	DeskReviews reviews;

	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@DisplayName("CON-3: records become eligible the day after last service plus 6 years, not on that day; a hold keeps them and lists them as held; release makes them eligible")
	void eligibleOnlyAfterSixYearsAndNeverWhileHeld() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId old = endedParticipant(fixture, agency, "Old", LAST_SERVICE);
		ParticipantId recent = endedParticipant(fixture, agency, "Recent", LAST_SERVICE.plusYears(1));

		this.clock.moveTo(LAST_SERVICE.plusYears(6));
		assertThat(eligibleIds(agency)).isEmpty();

		this.clock.moveTo(LAST_SERVICE.plusYears(6).plusDays(1));
		List<DestructionCandidate> eligible = SystemScope.callAs(agency, this.retention::eligible);
		assertThat(eligible).containsExactly(
				new DestructionCandidate(old.value(), LAST_SERVICE, LAST_SERVICE.plusYears(6).plusDays(1)));
		assertThat(eligibleIds(agency)).doesNotContain(recent.value());

		UUID hold = SystemScope.callAs(agency,
				() -> this.retention.placeHold(old.value(), HoldReason.LITIGATION, "Civil suit filed in Cook County"));
		assertThat(eligibleIds(agency)).isEmpty();
		RetentionReview review = SystemScope.callAs(agency, this.retention::review);
		assertThat(review.held()).extracting(DestructionCandidate::participantId).containsExactly(old.value());
		assertThat(SystemScope.callAs(agency, this.retention::prepareBatch)).isEmpty();

		UUID agencyHold = SystemScope.callAs(agency,
				() -> this.retention.placeHold(null, HoldReason.DEPARTMENT_REVIEW, "Department desk review 2024"));
		SystemScope.callAs(agency, () -> {
			this.retention.releaseHold(hold, "Suit dismissed");
			return null;
		});
		assertThat(eligibleIds(agency)).isEmpty();
		SystemScope.callAs(agency, () -> {
			this.retention.releaseHold(agencyHold, "Desk review closed");
			return null;
		});
		assertThat(eligibleIds(agency)).containsExactly(old.value());

		List<RetentionHold> holds = SystemScope.callAs(agency, this.retention::holds);
		assertThat(holds).hasSize(2).allSatisfy((h) -> assertThat(h.open()).isFalse());
		assertThatThrownBy(() -> SystemScope.callAs(agency, () -> {
			this.retention.releaseHold(hold, "Again");
			return null;
		})).isInstanceOf(HoldRefused.class);
		assertThatThrownBy(
				() -> SystemScope.callAs(agency, () -> this.retention.placeHold(old.value(), HoldReason.AUDIT, "  ")))
			.isInstanceOf(HoldRefused.class)
			.satisfies((ex) -> assertThat(((HoldRefused) ex).problems()).containsKey("reason"));
	}

	@Test
	@DisplayName("CON-3: approval destroys exactly the listed participant's rows, victim compartment included, and audits the counts per table with the chain intact")
	void approvalDestroysOneParticipantAndAuditsCounts() throws SQLException {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		AgencyId otherAgency = fixture.newAgency();
		ParticipantId old = endedParticipant(fixture, agency, "Old", LAST_SERVICE);
		ParticipantId recent = endedParticipant(fixture, agency, "Recent", LAST_SERVICE.plusYears(2));
		ParticipantId elsewhere = endedParticipant(fixture, otherAgency, "Elsewhere", LAST_SERVICE);
		UUID victimRecord = UUID.randomUUID();
		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			execute(owner, """
					insert into victim.victim_record (id, agency_id, participant_id, relationship, name_cipher,
					    order_of_protection, created_by_username, created_at, version)
					values (?, ?, ?, 'PARTNER', 'k1:AAAA', false, 'test', now(), 0)""", victimRecord, agency.value(),
					old.value());
		}

		this.clock.moveTo(LAST_SERVICE.plusYears(6).plusDays(3));
		UUID batchId = SystemScope.callAs(agency, this.retention::prepareBatch).orElseThrow();
		assertThat(SystemScope.callAs(agency, this.retention::prepareBatch)).isEmpty();
		DestructionBatch batch = SystemScope.callAs(agency, () -> this.retention.destructionBatch(batchId));
		assertThat(batch.candidates()).extracting(DestructionCandidate::participantId).containsExactly(old.value());

		Map<UUID, Map<String, Long>> destroyed = SystemScope.callAs(agency,
				() -> this.retention.approve(batchId, batch.version()));
		assertThat(destroyed).containsOnlyKeys(old.value());
		assertThat(destroyed.get(old.value())).containsEntry("public.participant", 1L)
			.containsEntry("public.participant_case_note", 2L)
			.containsEntry("victim.victim_record", 1L);

		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			assertThat(count(owner, "select count(*) from participant where id = ?", old.value())).isZero();
			assertThat(count(owner, "select count(*) from participant_case_note where participant_id = ?", old.value()))
				.isZero();
			assertThat(count(owner, "select count(*) from victim.victim_record where id = ?", victimRecord)).isZero();
			assertThat(count(owner, "select count(*) from participant where id = ?", recent.value())).isOne();
			assertThat(
					count(owner, "select count(*) from participant_case_note where participant_id = ?", recent.value()))
				.isEqualTo(2);
			assertThat(count(owner, "select count(*) from participant where id = ?", elsewhere.value())).isOne();
			assertThat(count(owner, "select count(*) from participant_case_note where participant_id = ?",
					elsewhere.value()))
				.isEqualTo(2);
			assertThat(count(owner, """
					select count(*) from audit_log where agency_id = ? and action = 'DELETE' and record_id = ?
					and record_type = 'public.participant_case_note' and detail like '%: 2 rows'""", agency.value(),
					old.value().toString()))
				.isOne();
			assertThat(count(owner, """
					select count(*) from audit_log where agency_id = ? and action = 'DELETE' and record_id = ?
					and record_type = 'victim_compartment' and detail like '%: 1 rows'""", agency.value(),
					old.value().toString()))
				.isOne();
			assertThat(count(owner, """
					select count(*) from audit_log where agency_id = ? and record_type like 'victim.%'""",
					agency.value()))
				.isZero();
		}
		assertThat(SystemScope.callAs(agency, this.audit::verifyCurrentAgency).intact()).isTrue();
		assertThatThrownBy(() -> SystemScope.callAs(agency, () -> this.retention.approve(batchId, batch.version())))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	@DisplayName("CON-3, CON-4: a participant destroyed by retention no longer appears in any desk review packet's stored data (ids, CSV files, self-check names, PDF); the others stay, and the audit log has the counts, not the content")
	void destructionTakesTheParticipantOutOfDeskReviewPackets() throws Exception {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		ParticipantId old = endedParticipant(fixture, agency, "Oldpacket", LAST_SERVICE);
		ParticipantId kept = endedParticipant(fixture, agency, "Keptpacket", LAST_SERVICE.plusYears(1));
		String monitor = fixture.newUser(agency, Role.DEPARTMENT_MONITOR).username();
		this.clock.moveTo(LAST_SERVICE.plusYears(6).plusDays(3));
		UUID packet = SystemScope.callAs(agency, () -> this.reviews
			.build(new PacketCommand(monitor, LocalDate.of(2017, 9, 1), LocalDate.of(2018, 12, 31))));
		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			String before = packetText(owner, packet);
			assertThat(before).contains(old.toString(), "Oldpacket", kept.toString(), "Keptpacket");
		}
		UUID batchId = SystemScope.callAs(agency, this.retention::prepareBatch).orElseThrow();
		DestructionBatch batch = SystemScope.callAs(agency, () -> this.retention.destructionBatch(batchId));
		assertThat(batch.candidates()).extracting(DestructionCandidate::participantId).containsExactly(old.value());
		SystemScope.callAs(agency, () -> this.retention.approve(batchId, batch.version()));

		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			String after = packetText(owner, packet);
			assertThat(after).doesNotContain(old.toString()).doesNotContain("Oldpacket");
			assertThat(after).contains(kept.toString(), "Keptpacket");
			assertThat(count(owner, "select count(*) from compliance_review_packet where ? = any(participant_ids)",
					old.value()))
				.isZero();
			assertThat(count(owner, "select cardinality(participant_ids) from compliance_review_packet where id = ?",
					packet))
				.isOne();
			assertThat(count(owner, """
					select count(*) from audit_log where agency_id = ? and action = 'DELETE' and record_id = ?
					and record_type = 'review-packet' and detail like '%removed from packets=1, rows and names=%'""",
					agency.value(), old.value().toString()))
				.isOne();
			assertThat(count(owner, "select count(*) from audit_log where agency_id = ? and detail like '%Oldpacket%'",
					agency.value()))
				.isZero();
		}
		assertThat(SystemScope.callAs(agency, () -> this.reviews.packets()).getFirst().participants()).isOne();
	}

	/** The ids, every CSV file of the zip and the PDF's text of a stored packet. */
	private static String packetText(Connection owner, UUID packet) throws Exception {
		try (PreparedStatement statement = owner.prepareStatement(
				"select array_to_string(participant_ids, ','), csv_zip, pdf from compliance_review_packet where id = ?")) {
			statement.setObject(1, packet);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				StringBuilder text = new StringBuilder(rs.getString(1)).append('\n');
				try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
						new java.io.ByteArrayInputStream(rs.getBytes(2)))) {
					for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
						text.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
					}
				}
				try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(rs.getBytes(3))) {
					text.append(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", ""));
				}
				return text.toString();
			}
		}
	}

	@Test
	@DisplayName("CON-3: the scheduled review run twice at once, as by two nodes, writes one batch")
	void concurrentRunsWriteOneBatch() throws Exception {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		endedParticipant(fixture, agency, "Old", LAST_SERVICE);
		this.clock.moveTo(LAST_SERVICE.plusYears(7));

		CyclicBarrier start = new CyclicBarrier(2);
		Runnable run = () -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			this.schedule.reviewEveryAgency();
		};
		CompletableFuture.allOf(CompletableFuture.runAsync(run), CompletableFuture.runAsync(run)).join();

		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			assertThat(count(owner, "select count(*) from retention_batch where agency_id = ?", agency.value()))
				.isOne();
			assertThat(count(owner, "select count(*) from retention_candidate where agency_id = ?", agency.value()))
				.isOne();
		}
	}

	/** Enrolled, two case notes, program completed on {@code lastService}. */
	private ParticipantId endedParticipant(AgencyFixture fixture, AgencyId agency, String name, LocalDate lastService) {
		ParticipantId id = fixture.enrolledParticipant(agency, name, Gender.MALE, lastService.minusMonths(5));
		this.clock.moveTo(lastService.minusMonths(1));
		SystemScope.callAs(agency, () -> this.participants.addCaseNote(id, new CaseNoteCommand("Attended.", null)));
		SystemScope.callAs(agency,
				() -> this.participants.addCaseNote(id, new CaseNoteCommand("Homework done.", null)));
		SystemScope.callAs(agency, () -> {
			this.participants.endProgram(id, ProgramStage.COMPLETED, lastService);
			return null;
		});
		this.clock.reset();
		return id;
	}

	private List<UUID> eligibleIds(AgencyId agency) {
		return SystemScope.callAs(agency, this.retention::eligible)
			.stream()
			.map(DestructionCandidate::participantId)
			.toList();
	}

	private static void execute(Connection connection, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			statement.executeUpdate();
		}
	}

	private static long count(Connection connection, String sql, Object... params) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/**
	 * The application clock: the system clock, or noon in the program's time zone of the
	 * day a test moves it to.
	 */
	static final class MovableClock extends Clock {

		private final ZoneId zone;

		private final MovableClock base;

		private volatile Instant fixed;

		MovableClock() {
			this(ZoneOffset.UTC, null);
		}

		private MovableClock(ZoneId zone, MovableClock base) {
			this.zone = zone;
			this.base = base;
		}

		void moveTo(LocalDate day) {
			this.fixed = day.atTime(12, 0).atZone(ProgramZone.ZONE).toInstant();
		}

		void reset() {
			this.fixed = null;
		}

		@Override
		public Instant instant() {
			if (this.base != null) {
				return this.base.instant();
			}
			Instant moved = this.fixed;
			return (moved != null) ? moved : Instant.now();
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new MovableClock(zone, (this.base != null) ? this.base : this);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}

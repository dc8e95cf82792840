package org.paipmanager.fees;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.paipmanager.fees.domain.FeeAdjustment;
import org.paipmanager.fees.domain.FeeCalculation;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.ParticipantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assessments and ledger entries of participants, append-only, with plain SQL. A
 * correction is a new entry; nothing is ever updated or deleted, except the per-agency
 * receipt counter.
 */
@Component
class FeeLedger {

	private final JdbcClient jdbc;

	private final Clock clock;

	FeeLedger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One entry to append; amount is its effect on the balance. */
	record NewEntry(ParticipantId participantId, LedgerEntryKind kind, LocalDate entryDate, BigDecimal amount,
			String description, UUID sessionId, PaymentMethod method, Long receiptNumber, UUID reverses,
			String reason) {
	}

	UUID append(Actor actor, NewEntry entry) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into fee_ledger_entry (id, agency_id, participant_id, kind, entry_date, amount, description,
				    session_id, payment_method, receipt_number, reverses_id, reason, recorded_at, recorded_by_staff_id,
				    recorded_by_username)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.agencyId().value(), entry.participantId().value(), entry.kind().name(), entry.entryDate(),
					entry.amount(), entry.description(), entry.sessionId(),
					(entry.method() != null) ? entry.method().name() : null, entry.receiptNumber(), entry.reverses(),
					entry.reason(), Timestamp.from(now()), actor.staffUuid(), actor.username())
			.update();
		return id;
	}

	/**
	 * The agency's next receipt number: 1, 2, 3... without gaps; the counter row stays
	 * locked until the payment's transaction ends.
	 */
	long nextReceiptNumber(Actor actor) {
		return this.jdbc.sql("""
				insert into fee_receipt_counter (agency_id, last_number) values (?, 1)
				on conflict (agency_id) do update set last_number = fee_receipt_counter.last_number + 1
				returning last_number""").param(actor.agencyId().value()).query(Long.class).single();
	}

	/** Every entry of a participant in date order, with the running balance. */
	List<LedgerEntryView> entries(ParticipantId participant) {
		List<LedgerEntryView> rows = this.jdbc.sql("""
				select id, kind, entry_date, amount, description, payment_method, receipt_number, reason, reverses_id,
				       recorded_by_username
				from fee_ledger_entry where participant_id = ? order by entry_date, recorded_at, id""")
			.param(participant.value())
			.query(this::entry)
			.list();
		List<LedgerEntryView> withBalance = new ArrayList<>();
		BigDecimal balance = BigDecimal.ZERO.setScale(2);
		for (LedgerEntryView row : rows) {
			balance = balance.add(row.amount());
			withBalance.add(row.withBalance(balance));
		}
		return withBalance;
	}

	BigDecimal balance(ParticipantId participant) {
		return this.jdbc.sql("select coalesce(sum(amount), 0.00) from fee_ledger_entry where participant_id = ?")
			.param(participant.value())
			.query(BigDecimal.class)
			.single();
	}

	/**
	 * Sums of the entries dated in [from, to] by what they are, a reversal counting with
	 * the kind of entry it takes back, and the balance before from.
	 */
	Map<String, BigDecimal> sums(ParticipantId participant, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select coalesce(sum(e.amount) filter (where e.entry_date < ?), 0.00) as opening,
				       coalesce(sum(e.amount) filter (where e.entry_date between ? and ?
				           and coalesce(r.kind, e.kind) in ('SESSION_CHARGE', 'OTHER_CHARGE')), 0.00) as charged,
				       coalesce(-sum(e.amount) filter (where e.entry_date between ? and ?
				           and coalesce(r.kind, e.kind) = 'PAYMENT'), 0.00) as paid,
				       coalesce(-sum(e.amount) filter (where e.entry_date between ? and ?
				           and coalesce(r.kind, e.kind) = 'WAIVER'), 0.00) as waived
				from fee_ledger_entry e left join fee_ledger_entry r on r.id = e.reverses_id
				where e.participant_id = ?""")
			.params(from, from, to, from, to, from, to, participant.value())
			.query((rs, row) -> Map.of("opening", rs.getBigDecimal("opening"), "charged", rs.getBigDecimal("charged"),
					"paid", rs.getBigDecimal("paid"), "waived", rs.getBigDecimal("waived")))
			.single();
	}

	/** The net session charge of each participant charged for a session. */
	Map<UUID, BigDecimal> sessionCharges(UUID sessionId) {
		return this.jdbc.sql("""
				select participant_id, sum(amount) from fee_ledger_entry
				where session_id = ? and kind in ('SESSION_CHARGE', 'REVERSAL') group by participant_id""")
			.param(sessionId)
			.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The last session charge of a participant for a session, for a reversal to name. */
	Optional<UUID> lastSessionCharge(ParticipantId participant, UUID sessionId) {
		return this.jdbc.sql("""
				select id from fee_ledger_entry where participant_id = ? and session_id = ? and kind = 'SESSION_CHARGE'
				order by recorded_at desc limit 1""")
			.params(participant.value(), sessionId)
			.query(UUID.class)
			.optional();
	}

	Optional<ReceiptRow> receipt(ParticipantId participant, long receiptNumber) {
		return this.jdbc.sql("""
				select entry_date, amount, payment_method, description, recorded_by_username, recorded_at, id
				from fee_ledger_entry where participant_id = ? and receipt_number = ?""")
			.params(participant.value(), receiptNumber)
			.query((rs, row) -> new ReceiptRow(rs.getObject(7, UUID.class), rs.getObject(1, LocalDate.class),
					rs.getBigDecimal(2).negate(), PaymentMethod.valueOf(rs.getString(3)), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	record ReceiptRow(UUID entryId, LocalDate paidOn, BigDecimal amount, PaymentMethod method, String note,
			String receivedBy) {
	}

	UUID insertAssessment(Actor actor, ParticipantId participant, UUID policyId, FeeAssessmentCommand command,
			FeeCalculation calculation) {
		UUID id = UUID.randomUUID();
		boolean adjusted = command.adjustment() != FeeAdjustment.NONE;
		this.jdbc.sql("""
				insert into fee_assessment (id, agency_id, participant_id, policy_id, assessed_on, household_size,
				    monthly_income, scale_fee, adjustment, reduction_percent, adjustment_reason, fee_per_session,
				    assessed_by_staff_id, assessed_by_username, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.agencyId().value(), participant.value(), policyId, command.assessedOn(),
					command.householdSize(), command.monthlyIncome(), calculation.scaleFee(),
					command.adjustment().name(),
					(command.adjustment() == FeeAdjustment.REDUCTION) ? command.reductionPercent() : null,
					adjusted ? command.adjustmentReason().strip() : null, calculation.feePerSession(),
					actor.staffUuid(), actor.username(), Timestamp.from(now()))
			.update();
		return id;
	}

	/** The assessment in force on a day: the latest assessed on or before it. */
	Optional<FeeAssessmentView> assessmentOn(ParticipantId participant, LocalDate day) {
		return this.jdbc.sql("""
				select a.*, p.version_number from fee_assessment a join fee_policy p on p.id = a.policy_id
				where a.participant_id = ? and a.assessed_on <= ?
				order by a.assessed_on desc, a.recorded_at desc limit 1""")
			.params(participant.value(), day)
			.query(this::assessment)
			.optional();
	}

	/** The assessment recorded last, whatever its date. */
	Optional<FeeAssessmentView> latestAssessment(ParticipantId participant) {
		return this.jdbc.sql("""
				select a.*, p.version_number from fee_assessment a join fee_policy p on p.id = a.policy_id
				where a.participant_id = ? order by a.assessed_on desc, a.recorded_at desc limit 1""")
			.param(participant.value())
			.query(this::assessment)
			.optional();
	}

	private FeeAssessmentView assessment(ResultSet rs, int row) throws SQLException {
		return new FeeAssessmentView(rs.getObject("id", UUID.class), rs.getObject("assessed_on", LocalDate.class),
				rs.getInt("household_size"), rs.getBigDecimal("monthly_income"), rs.getBigDecimal("scale_fee"),
				FeeAdjustment.valueOf(rs.getString("adjustment")), (Integer) rs.getObject("reduction_percent"),
				rs.getString("adjustment_reason"), rs.getBigDecimal("fee_per_session"), rs.getInt("version_number"),
				rs.getString("assessed_by_username"), FeeCalculation.SECTION);
	}

	private LedgerEntryView entry(ResultSet rs, int row) throws SQLException {
		String method = rs.getString("payment_method");
		return new LedgerEntryView(rs.getObject("id", UUID.class), LedgerEntryKind.valueOf(rs.getString("kind")),
				rs.getObject("entry_date", LocalDate.class), rs.getBigDecimal("amount"), rs.getString("description"),
				(method != null) ? PaymentMethod.valueOf(method) : null, (Long) rs.getObject("receipt_number"),
				rs.getString("reason"), rs.getObject("reverses_id", UUID.class), rs.getString("recorded_by_username"),
				null);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}

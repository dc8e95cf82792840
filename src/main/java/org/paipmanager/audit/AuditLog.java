package org.paipmanager.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.paipmanager.shared.Actor;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.CurrentActor;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to and verifies the audit log. {@link #record} joins the caller's transaction,
 * so an audit row exists exactly when the change it describes was committed.
 */
@Service
public class AuditLog {

	private static final int MAX_DETAIL = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate readOnlyTransaction;

	AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.readOnlyTransaction = new TransactionTemplate(transactionManager);
		this.readOnlyTransaction.setReadOnly(true);
	}

	/**
	 * Appends a row for the current actor. Never pass sensitive values as detail: it is
	 * for field names, codes and counts. To record for an actor that is not the signed-in
	 * principal (sign-in, jobs), open its scope with {@code CurrentActor.runAs} first, so
	 * the transaction starts inside that agency.
	 * <p>
	 * The row is taken down now (actor, time, what) and written to the chain just before
	 * the transaction commits, together with every other row the transaction recorded:
	 * one lock of the agency's chain head and one insert per transaction instead of per
	 * row, and the head is locked only while the transaction commits, so concurrent page
	 * views of one agency no longer wait for each other's whole transaction (ADR 0016). A
	 * rolled back transaction leaves no row, as before.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditAction action, String recordType, String recordId, String detail) {
		String boundedDetail = (detail != null && detail.length() > MAX_DETAIL) ? detail.substring(0, MAX_DETAIL)
				: detail;
		Pending entry = new Pending(CurrentActor.require(), Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS),
				action, recordType, recordId, boundedDetail);
		PendingEntries pending = pendingEntries();
		if (pending == null) {
			// Outside a synchronised transaction, or while it is already committing.
			append(List.of(entry));
		}
		else {
			pending.entries.add(entry);
		}
	}

	/**
	 * The rows recorded so far in the current transaction, registered with it on first
	 * use; null when rows cannot wait for the commit.
	 */
	private PendingEntries pendingEntries() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		// Looked up among the transaction's synchronisations (suspended with it for a
		// REQUIRES_NEW transaction), not as a bound resource, which would leak into one.
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof PendingEntries pending && pending.owner == this) {
				return pending.flushed ? null : pending;
			}
		}
		PendingEntries pending = new PendingEntries(this);
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	/**
	 * Appends rows to their agencies' chains, in the order they were recorded, holding
	 * each chain head's lock until the transaction ends.
	 */
	private void append(List<Pending> entries) {
		Map<UUID, List<Pending>> byAgency = new LinkedHashMap<>();
		for (Pending entry : entries) {
			byAgency.computeIfAbsent(entry.actor().agencyId().value(), (key) -> new ArrayList<>()).add(entry);
		}
		byAgency.forEach(this::appendToChain);
	}

	private void appendToChain(UUID agency, List<Pending> entries) {
		ChainHead head = lockChainHead(agency);
		long seq = head.lastSeq();
		String previous = head.lastHash();
		StringBuilder insert = new StringBuilder("""
				insert into audit_log (agency_id, chain, seq, occurred_at, actor_staff_id, actor_username, action,
				    record_type, record_id, detail, previous_hash, hash) values """);
		List<Object> params = new ArrayList<>(entries.size() * 12);
		for (Pending entry : entries) {
			seq++;
			Actor actor = entry.actor();
			UUID staff = actor.staffUuid();
			String hash = AuditChain.hash(agency, head.chain(), seq, entry.occurredAt(), staff, actor.username(),
					entry.action().name(), entry.recordType(), entry.recordId(), entry.detail(), previous);
			insert.append((params.isEmpty()) ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			params.addAll(Arrays.asList(agency, head.chain(), seq, Timestamp.from(entry.occurredAt()), staff,
					actor.username(), entry.action().name(), entry.recordType(), entry.recordId(), entry.detail(),
					previous, hash));
			previous = hash;
		}
		this.jdbc.sql(insert.toString()).params(params).update();
		this.jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where agency_id = ? and chain = ?")
			.params(seq, previous, agency, head.chain())
			.update();
	}

	/**
	 * Locks the head of one of the agency's chains until the transaction ends (ADR 0026):
	 * the first one no other transaction holds, so concurrent commits of one agency do
	 * not wait for each other. Only when every chain is held (or the agency has none yet)
	 * are the missing heads created and one chain waited for (chosen by the thread, so
	 * that waiting threads spread over the chains).
	 */
	private ChainHead lockChainHead(UUID agency) {
		Optional<ChainHead> free = freeChainHead(agency);
		if (free.isEmpty()) {
			this.jdbc.sql("""
					insert into audit_chain_head (agency_id, chain, last_seq, last_hash)
					select ?, c, 0, ? from generate_series(0, ?) c on conflict do nothing""")
				.params(agency, AuditChain.GENESIS, AuditChain.CHAINS - 1)
				.update();
			free = freeChainHead(agency);
		}
		return free.orElseGet(() -> this.jdbc
			.sql("select chain, last_seq, last_hash from audit_chain_head where agency_id = ? and chain = ? for update")
			.params(agency, (int) Math.floorMod(Thread.currentThread().threadId(), AuditChain.CHAINS))
			.query(AuditLog::chainHead)
			.single());
	}

	private Optional<ChainHead> freeChainHead(UUID agency) {
		return this.jdbc.sql("""
				select chain, last_seq, last_hash from audit_chain_head where agency_id = ?
				order by chain limit 1 for update skip locked""").param(agency).query(AuditLog::chainHead).optional();
	}

	private static ChainHead chainHead(ResultSet rs, int row) throws SQLException {
		return new ChainHead(rs.getInt("chain"), rs.getLong("last_seq"), rs.getString("last_hash"));
	}

	/** The newest entries of the current agency's chains. */
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(int limit) {
		return this.jdbc
			.sql("""
					select chain, seq, occurred_at, actor_username, action, record_type, record_id, detail
					from audit_log where agency_id = current_agency_id() order by occurred_at desc, chain, seq desc limit ?""")
			.param(limit)
			.query((rs, row) -> new AuditEntry(rs.getInt("chain"), rs.getLong("seq"),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_username"),
					AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"), rs.getString("record_id"),
					rs.getString("detail")))
			.list();
	}

	/** Re-computes the current agency's chain. */
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Transactional(readOnly = true)
	public AuditVerification verifyCurrentAgency() {
		return verify(CurrentActor.require().agencyId());
	}

	/**
	 * Re-computes every agency's chain, each inside its own agency scope. For operators.
	 */
	public List<AuditVerification> verifyAllAgencies() {
		List<UUID> agencies = this.jdbc.sql("select agency_ids()").query(UUID.class).list();
		List<AuditVerification> results = new ArrayList<>();
		for (UUID agency : agencies) {
			AgencyId agencyId = new AgencyId(agency);
			// Each agency in its own transaction: row-level security only shows the
			// scoped agency.
			results.add(CurrentActor.callAs(Actor.system(agencyId),
					() -> this.readOnlyTransaction.execute((status) -> verify(agencyId))));
		}
		return results;
	}

	private AuditVerification verify(AgencyId agencyId) {
		Map<Integer, ChainWalk> walks = new TreeMap<>();
		this.jdbc.sql("""
				select chain, seq, occurred_at, actor_staff_id, actor_username, action, record_type, record_id, detail,
				       previous_hash, hash
				from audit_log where agency_id = ? order by chain, seq""").param(agencyId.value()).query((rs) -> {
			int chain = rs.getInt("chain");
			walks.computeIfAbsent(chain, (key) -> new ChainWalk(agencyId, key))
				.next(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
						rs.getObject("actor_staff_id", UUID.class), rs.getString("actor_username"),
						rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
						rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
		});
		Map<Integer, ChainHead> heads = new HashMap<>();
		this.jdbc.sql("select chain, last_seq, last_hash from audit_chain_head where agency_id = ?")
			.param(agencyId.value())
			.query(AuditLog::chainHead)
			.list()
			.forEach((head) -> {
				heads.put(head.chain(), head);
				walks.computeIfAbsent(head.chain(), (key) -> new ChainWalk(agencyId, key));
			});
		long rows = 0;
		AuditVerification broken = null;
		for (ChainWalk walk : walks.values()) {
			AuditVerification result = walk
				.finish(heads.getOrDefault(walk.chain, new ChainHead(walk.chain, 0, AuditChain.GENESIS)));
			rows += result.rowsChecked();
			if (!result.intact() && broken == null) {
				broken = result;
			}
		}
		return (broken != null) ? broken : AuditVerification.intact(agencyId, rows);
	}

	record ChainHead(int chain, long lastSeq, String lastHash) {
	}

	/** A row taken down by {@link #record}, not yet in the chain. */
	private record Pending(Actor actor, Instant occurredAt, AuditAction action, String recordType, String recordId,
			String detail) {
	}

	/**
	 * The rows one transaction recorded, written just before it commits; runs after the
	 * other synchronisations, so rows they record still go with it.
	 */
	private static final class PendingEntries implements TransactionSynchronization {

		private final AuditLog owner;

		private final List<Pending> entries = new ArrayList<>();

		private boolean flushed;

		PendingEntries(AuditLog owner) {
			this.owner = owner;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.flushed = true;
			if (!this.entries.isEmpty()) {
				this.owner.append(this.entries);
			}
		}

	}

	/** Walks one chain row by row, remembering the first place it breaks. */
	private static final class ChainWalk {

		private final AgencyId agencyId;

		private final int chain;

		private long expectedSeq = 1;

		private String previousHash = AuditChain.GENESIS;

		private long rows;

		private AuditVerification broken;

		ChainWalk(AgencyId agencyId, int chain) {
			this.agencyId = agencyId;
			this.chain = chain;
		}

		void next(long seq, Instant occurredAt, UUID actorStaffId, String actorUsername, String action,
				String recordType, String recordId, String detail, String storedPreviousHash, String storedHash) {
			this.rows++;
			if (this.broken != null) {
				return;
			}
			if (seq != this.expectedSeq) {
				this.broken = AuditVerification.broken(this.agencyId, this.rows, this.expectedSeq,
						where() + "row missing: expected sequence " + this.expectedSeq + ", found " + seq);
				return;
			}
			if (!AuditChain.same(storedPreviousHash, this.previousHash)) {
				this.broken = AuditVerification.broken(this.agencyId, this.rows, seq,
						where() + "link to the previous row does not match");
				return;
			}
			String recomputed = AuditChain.hash(this.agencyId.value(), this.chain, seq, occurredAt, actorStaffId,
					actorUsername, action, recordType, recordId, detail, storedPreviousHash);
			if (!AuditChain.same(recomputed, storedHash)) {
				this.broken = AuditVerification.broken(this.agencyId, this.rows, seq,
						where() + "row content was changed");
				return;
			}
			this.previousHash = storedHash;
			this.expectedSeq++;
		}

		private String where() {
			return "chain " + this.chain + ": ";
		}

		AuditVerification finish(ChainHead head) {
			if (this.broken != null) {
				return this.broken;
			}
			long lastSeq = this.expectedSeq - 1;
			if (head.lastSeq() != lastSeq || !AuditChain.same(head.lastHash(), this.previousHash)) {
				return AuditVerification.broken(this.agencyId, this.rows, lastSeq + 1,
						where() + "rows at the end of the chain were removed (head expects " + head.lastSeq() + ")");
			}
			return AuditVerification.intact(this.agencyId, this.rows);
		}

	}

}

package org.paipmanager.audit;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.staff.StaffManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AuditChainIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog audit;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Environment environment;

	@Test
	void recordsReadsAndWritesOfRecordsWithoutTheirValues() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		StaffId id = fixture.newStaffMember(agency, "Quincy", "Secretname");
		SystemScope.callAs(agency, () -> this.staff.get(id));
		// The staff member's own rows; hiring also raises a Department notification
		// (PRG-4).
		var entries = SystemScope.callAs(agency, () -> this.audit.recent(10))
			.stream()
			.filter((entry) -> entry.recordType().equals("staff"))
			.toList();
		assertThat(entries).extracting(AuditEntry::action).containsSequence(AuditAction.READ, AuditAction.CREATE);
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.recordId()).isEqualTo(id.toString());
			assertThat(String.valueOf(entry.detail())).doesNotContain("Secretname").doesNotContain("Quincy");
		});
	}

	@Test
	void verifierFindsAnEditedRow() throws Exception {
		AgencyId agency = agencyWithAuditRows();
		assertThat(verify(agency).intact()).isTrue();
		asOwner("update audit_log set actor_username = 'someone-else' where agency_id = '" + agency + "' and seq = 2");
		AuditVerification result = verify(agency);
		assertThat(result.intact()).isFalse();
		assertThat(result.brokenAtSeq()).isEqualTo(2L);
	}

	@Test
	void verifierFindsADeletedRowInTheMiddleAndAtTheEnd() throws Exception {
		AgencyId middle = agencyWithAuditRows();
		asOwner("delete from audit_log where agency_id = '" + middle + "' and seq = 2");
		assertThat(verify(middle).intact()).isFalse();
		assertThat(verify(middle).brokenAtSeq()).isEqualTo(2L);

		AgencyId end = agencyWithAuditRows();
		asOwner("delete from audit_log where agency_id = '" + end
				+ "' and seq = (select max(seq) from audit_log where agency_id = '" + end + "')");
		assertThat(verify(end).intact()).isFalse();
	}

	@Test
	void verifierFindsARecomputedRowWhoseSuccessorNoLongerLinks() throws Exception {
		AgencyId agency = agencyWithAuditRows();
		// A forger who rewrites a row and its own hash still breaks the next row's link.
		asOwner("update audit_log set hash = repeat('a', 64) where agency_id = '" + agency + "' and seq = 1");
		AuditVerification result = verify(agency);
		assertThat(result.intact()).isFalse();
		assertThat(result.brokenAtSeq()).isEqualTo(1L);
	}

	@Test
	void applicationRoleCannotChangeOrDeleteAuditRows() {
		AgencyId agency = agencyWithAuditRows();
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		assertThatThrownBy(() -> SystemScope.callAs(agency,
				() -> transaction.execute((status) -> this.jdbc.sql("update audit_log set detail = 'x'").update())))
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> SystemScope.callAs(agency,
				() -> transaction.execute((status) -> this.jdbc.sql("delete from audit_log").update())))
			.rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void verifiesEveryAgencyForTheOperatorCommand() throws Exception {
		AgencyId intact = agencyWithAuditRows();
		AgencyId tampered = agencyWithAuditRows();
		asOwner("update audit_log set detail = 'rewritten' where agency_id = '" + tampered + "' and seq = 1");
		var results = this.audit.verifyAllAgencies();
		assertThat(results).anySatisfy((r) -> {
			assertThat(r.agencyId()).isEqualTo(intact);
			assertThat(r.intact()).isTrue();
			assertThat(r.rowsChecked()).isEqualTo(3);
		});
		assertThat(results).anySatisfy((r) -> {
			assertThat(r.agencyId()).isEqualTo(tampered);
			assertThat(r.intact()).isFalse();
		});
	}

	@Test
	@DisplayName("Audit log: rows recorded in one transaction join the chain together at commit, in order")
	void rowsOfOneTransactionJoinTheChainTogetherInOrder() {
		AgencyId agency = AgencyFixture.in(this.context).newAgency();
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		SystemScope.callAs(agency, () -> transaction.execute((status) -> {
			this.audit.record(AuditAction.READ, "section", "first", null);
			this.audit.record(AuditAction.READ, "section", "second", null);
			this.audit.record(AuditAction.UPDATE, "section", "third", "rows=2");
			return null;
		}));
		var entries = SystemScope.callAs(agency, () -> this.audit.recent(10));
		assertThat(entries).filteredOn((entry) -> entry.recordType().equals("section"))
			.extracting(AuditEntry::recordId)
			.containsExactly("third", "second", "first");
		assertThat(entries).extracting(AuditEntry::seq).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(entries.get(0).seq() - entries.get(2).seq()).isEqualTo(2);
		assertThat(verify(agency).intact()).isTrue();
	}

	@Test
	@DisplayName("Audit log: a rolled back transaction leaves no audit row; a new transaction inside it keeps its own")
	void rolledBackTransactionLeavesNoRowButItsInnerNewTransactionDoes() {
		AgencyId agency = agencyWithAuditRows();
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		TransactionTemplate inner = new TransactionTemplate(this.transactionManager);
		inner.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		SystemScope.callAs(agency, () -> transaction.execute((status) -> {
			this.audit.record(AuditAction.READ, "section", "outer", null);
			inner.execute((innerStatus) -> {
				this.audit.record(AuditAction.READ, "section", "inner", null);
				return null;
			});
			status.setRollbackOnly();
			return null;
		}));
		var entries = SystemScope.callAs(agency, () -> this.audit.recent(10));
		assertThat(entries).extracting(AuditEntry::recordId).contains("inner").doesNotContain("outer");
		assertThat(verify(agency).intact()).isTrue();
		assertThat(verify(agency).rowsChecked()).isEqualTo(4);
	}

	@Test
	@DisplayName("Audit log: a commit does not wait for another transaction holding a chain head; it appends to a free chain, and every chain verifies")
	void commitWhileAnotherHoldsTheChainHeadGoesToAFreeChain() throws Exception {
		AgencyId agency = agencyWithAuditRows();
		recordWhileChainZeroIsHeld(agency, "while-locked");
		var entries = SystemScope.callAs(agency, () -> this.audit.recent(10));
		assertThat(entries).filteredOn((entry) -> entry.recordId().equals("while-locked"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.chain()).isPositive();
				assertThat(entry.seq()).isEqualTo(1);
			});
		assertThat(entries).filteredOn((entry) -> entry.chain() == 0)
			.extracting(AuditEntry::seq)
			.containsExactly(3L, 2L, 1L);
		AuditVerification intact = verify(agency);
		assertThat(intact.intact()).isTrue();
		assertThat(intact.rowsChecked()).isEqualTo(4);

		int chain = entries.stream()
			.filter((entry) -> entry.recordId().equals("while-locked"))
			.findFirst()
			.orElseThrow()
			.chain();
		asOwner("update audit_log set detail = 'rewritten' where agency_id = '" + agency + "' and chain = " + chain);
		AuditVerification broken = verify(agency);
		assertThat(broken.intact()).isFalse();
		assertThat(broken.brokenAtSeq()).isEqualTo(1L);
		assertThat(broken.problem()).startsWith("chain " + chain + ":");
	}

	@Test
	@DisplayName("Audit log: removing the last row of a second chain is found through that chain's head")
	void verifierFindsTheTailOfASecondChainRemoved() throws Exception {
		AgencyId agency = agencyWithAuditRows();
		recordWhileChainZeroIsHeld(agency, "second-chain");
		assertThat(verify(agency).intact()).isTrue();
		asOwner("delete from audit_log where agency_id = '" + agency + "' and chain > 0");
		assertThat(verify(agency).intact()).isFalse();
	}

	/**
	 * Records one row while another connection holds chain 0's head, as a transaction
	 * committing slowly would: the row must neither wait nor fork chain 0.
	 */
	private void recordWhileChainZeroIsHeld(AgencyId agency, String recordId) throws Exception {
		try (Connection owner = OwnerDatabase.connect(this.environment);
				Statement statement = owner.createStatement()) {
			owner.setAutoCommit(false);
			statement.execute("select last_seq from audit_chain_head where agency_id = '" + agency
					+ "' and chain = 0 for update");
			SystemScope.callAs(agency, () -> {
				this.audit.record(AuditAction.READ, "staff", recordId, null);
				return null;
			});
			owner.rollback();
		}
	}

	private AgencyId agencyWithAuditRows() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		// Three rows written here only: hiring a staff member would also raise a
		// Department
		// notification (PRG-4) whose row lands later, from its own transaction.
		String record = java.util.UUID.randomUUID().toString();
		SystemScope.callAs(agency, () -> {
			this.audit.record(AuditAction.CREATE, "staff", record, null);
			return null;
		});
		for (int read = 0; read < 2; read++) {
			SystemScope.callAs(agency, () -> {
				this.audit.record(AuditAction.READ, "staff", record, null);
				return null;
			});
		}
		return agency;
	}

	private AuditVerification verify(AgencyId agency) {
		return SystemScope.callAs(agency, () -> this.audit.verifyCurrentAgency());
	}

	private void asOwner(String sql) throws Exception {
		try (Connection owner = OwnerDatabase.connect(this.environment);
				Statement statement = owner.createStatement()) {
			// Triggers off: this is the DBA-level tampering the hash chain exists to
			// reveal.
			statement.execute("set session_replication_role = replica");
			statement.execute(sql);
		}
	}

}

package org.paipmanager.agency;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.staff.StaffManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tenancy is enforced by PostgreSQL itself: even SQL that forgets the agency filter sees
 * only the current agency's rows, and cannot write rows for another agency.
 */
@SpringBootTest
class AgencyIsolationIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	StaffManagement staff;

	@Test
	void queryWithoutAgencyFilterStillCannotReadAnotherAgencysRows() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId mine = fixture.newAgency();
		AgencyId theirs = fixture.newAgency();
		StaffId myStaff = fixture.newStaffMember(mine, "Mina", "Own");
		StaffId theirStaff = fixture.newStaffMember(theirs, "Theo", "Other");

		List<UUID> visible = inAgency(mine, () -> this.jdbc.sql("select id from staff").query(UUID.class).list());
		assertThat(visible).contains(myStaff.value()).doesNotContain(theirStaff.value());

		Long theirCount = inAgency(mine,
				() -> this.jdbc.sql("select count(*) from staff where id = ?")
					.param(theirStaff.value())
					.query(Long.class)
					.single());
		assertThat(theirCount).isZero();

		List<UUID> agencies = inAgency(mine, () -> this.jdbc.sql("select id from agency").query(UUID.class).list());
		assertThat(agencies).containsExactly(mine.value());
	}

	@Test
	void facadeAnswersNotFoundForAnotherAgencysRecord() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId mine = fixture.newAgency();
		StaffId theirStaff = fixture.newStaffMember(fixture.newAgency(), "Theo", "Other");
		assertThatThrownBy(() -> SystemScope.callAs(mine, () -> this.staff.get(theirStaff)))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void cannotWriteARowForAnotherAgency() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId mine = fixture.newAgency();
		AgencyId theirs = fixture.newAgency();
		assertThatThrownBy(() -> inAgency(mine,
				() -> this.jdbc.sql("""
						insert into staff (id, agency_id, first_name, last_name, job_title, hire_date, version)
						values (?, ?, 'Smuggled', 'Row', 'x', date '2020-01-01', 0)""")
					.params(UUID.randomUUID(), theirs.value())
					.update()))
			.rootCause()
			.hasMessageContaining("row-level security");
	}

	@Test
	void seesNothingWithoutAnAgencyScope() {
		AgencyFixture fixture = AgencyFixture.in(this.context);
		fixture.newStaffMember(fixture.newAgency(), "Una", "Scoped");
		Long count = new TransactionTemplate(this.transactionManager)
			.execute((status) -> this.jdbc.sql("select count(*) from staff").query(Long.class).single());
		assertThat(count).isZero();
	}

	private <T> T inAgency(AgencyId agency, java.util.function.Supplier<T> work) {
		return SystemScope.callAs(agency,
				() -> new TransactionTemplate(this.transactionManager).execute((status) -> work.get()));
	}

}

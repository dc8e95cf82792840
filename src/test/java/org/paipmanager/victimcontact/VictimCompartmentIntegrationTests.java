package org.paipmanager.victimcontact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compartment at the database: its own schema and role, no privilege for the
 * participant-side role, row-level security by agency, and only ciphertext at rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VictimCompartmentIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient applicationJdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Environment environment;

	@Autowired
	VictimContactManagement victims;

	private AgencyId agency;

	private ParticipantId participant;

	private final String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@BeforeEach
	void victimOnRecord() {
		this.agency = AgencyFixture.in(this.context).newAgency();
		this.participant = VictimFixture.in(this.context).participant(this.agency, "Compartment");
	}

	@Test
	@DisplayName("SAF-1: the participant-side database role is refused every victim table (permission denied)")
	void theApplicationRoleCannotReadTheVictimSchema() {
		UUID victim = VictimFixture.in(this.context).victim(this.agency, this.participant, this.canary);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		for (String table : List.of("victim.victim_record", "victim.victim_contact", "victim.victim_notice")) {
			assertThatThrownBy(() -> SystemScope.callAs(this.agency, () -> transaction.execute(
					(status) -> this.applicationJdbc.sql("select count(*) from " + table).query(Long.class).single())))
				.hasStackTraceContaining("permission denied for schema victim");
		}
		assertThatThrownBy(
				() -> transaction.execute((status) -> this.applicationJdbc.sql("set role paip_victim").update()))
			.hasStackTraceContaining("permission denied");
		assertThat(this.applicationJdbc.sql("select current_user").query(String.class).single()).isEqualTo("paip_app");
		assertThat(victim).isNotNull();
	}

	@Test
	@DisplayName("SAF-1: name, address, phone, instructions, statements and notes are stored only as AES-GCM ciphertext")
	void storesOnlyCiphertext() throws SQLException {
		VictimFixture fixture = VictimFixture.in(this.context);
		UUID victim = fixture.victim(this.agency, this.participant, this.canary);
		UUID contact = fixture.contact(this.agency, victim, this.canary);
		UUID notice = fixture.notice(this.agency, victim, this.canary);
		List<String> stored = new ArrayList<>();
		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			stored.addAll(columns(owner, "select name_cipher, address_cipher, phone_cipher, safe_contact_cipher "
					+ "from victim.victim_record where id = ?", victim));
			stored.addAll(columns(owner, "select summary_cipher from victim.victim_contact where id = ?", contact));
			stored.addAll(columns(owner, "select note_cipher from victim.victim_notice where id = ?", notice));
			assertThat(stored).hasSize(6)
				.allSatisfy((value) -> assertThat(value).startsWith("test-1:")
					.doesNotContain(this.canary)
					.doesNotContain("Oak Lane"));
			// Nothing of it in any participant-side table either.
			assertThat(everyPublicRow(owner)).noneMatch((row) -> row.contains(this.canary));
		}
		VictimRecord read = SystemScope.callAs(this.agency, () -> this.victims.record(victim));
		assertThat(read.address()).isEqualTo(this.canary + "addr 7 Oak Lane");
		assertThat(read.contacts()).singleElement()
			.satisfies((c) -> assertThat(c.summary()).contains(this.canary + "summary"));
		assertThat(read.notices()).singleElement()
			.satisfies((n) -> assertThat(n.note()).contains(this.canary + "notice"));
	}

	@Test
	@DisplayName("SAF-1: row-level security keeps each agency's victims from every other agency")
	void anotherAgencySeesNoVictim() {
		UUID victim = VictimFixture.in(this.context).victim(this.agency, this.participant, this.canary);
		AgencyId other = AgencyFixture.in(this.context).newAgency();
		assertThat(SystemScope.callAs(other, () -> this.victims.records(this.participant))).isEmpty();
		assertThatThrownBy(() -> SystemScope.callAs(other, () -> this.victims.record(victim)))
			.isInstanceOf(org.paipmanager.shared.RecordNotFoundException.class);
		assertThat(SystemScope.callAs(this.agency, () -> this.victims.records(this.participant))).hasSize(1);
	}

	@Test
	@DisplayName("SAF-2: current partners and ex-partners with an ongoing relationship are listed first (501.190(b))")
	void listsPriorityContactsFirst() {
		SystemScope.callAs(this.agency, () -> this.victims.addRecord(this.participant,
				new VictimRecordCommand("Earlier Ex", Relationship.EX_PARTNER, null, null, null, false, null)));
		SystemScope.callAs(this.agency, () -> this.victims.addRecord(this.participant,
				new VictimRecordCommand("Ongoing Ex", Relationship.EX_PARTNER_ONGOING, null, null, null, false, null)));
		List<VictimRecord> records = SystemScope.callAs(this.agency, () -> this.victims.records(this.participant));
		assertThat(records).extracting(VictimRecord::name).containsExactly("Ongoing Ex", "Earlier Ex");
		assertThat(records.get(0).relationship().priority()).isTrue();
	}

	@Test
	@DisplayName("SAF-1: a form with a missing name shows the field message and saves nothing")
	void refusesAVictimWithoutAName() {
		WebSession liaison = new WebSession(this.port);
		liaison.signIn(AgencyFixture.in(this.context).newUser(this.agency, Role.VICTIM_LIAISON));
		String page = "/victim/participants/" + this.participant;
		var refused = liaison.submit(page, page + "/records",
				Map.of("name", " ", "relationship", "EX_PARTNER", "address", this.canary, "_orderOfProtection", "on"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("This field is required.").contains("Some fields need your attention.");
		assertThat(SystemScope.callAs(this.agency, () -> this.victims.records(this.participant))).isEmpty();
	}

	@Test
	@DisplayName("SAF-1: a change to details someone else changed first is a visible conflict (409), nothing overwritten")
	void refusesAStaleChange() {
		UUID victim = VictimFixture.in(this.context).victim(this.agency, this.participant, this.canary);
		WebSession liaison = new WebSession(this.port);
		liaison.signIn(AgencyFixture.in(this.context).newUser(this.agency, Role.VICTIM_LIAISON));
		String page = "/victim/records/" + victim;
		Map<String, String> details = Map.of("name", "Vera Renamed", "relationship", "EX_PARTNER_ONGOING", "version",
				"0", "_orderOfProtection", "on");
		assertThat(liaison.submit(page, page, details).statusCode()).isEqualTo(302);
		var stale = liaison.submit(page, page, details);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else changed these details");
		VictimRecord read = SystemScope.callAs(this.agency, () -> this.victims.record(victim));
		assertThat(read.name()).isEqualTo("Vera Renamed");
		assertThat(read.version()).isEqualTo(1);
		assertThat(read.address()).isNull();
	}

	private static List<String> columns(Connection owner, String sql, UUID id) throws SQLException {
		List<String> values = new ArrayList<>();
		try (PreparedStatement statement = owner.prepareStatement(sql)) {
			statement.setObject(1, id);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
						values.add(rs.getString(i));
					}
				}
			}
		}
		return values;
	}

	private static List<String> everyPublicRow(Connection owner) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (PreparedStatement statement = owner
			.prepareStatement("select tablename from pg_tables where schemaname = 'public'");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		List<String> rows = new ArrayList<>();
		for (String table : tables) {
			try (PreparedStatement statement = owner.prepareStatement("select t::text from public.\"" + table + "\" t");
					ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.add(rs.getString(1));
				}
			}
		}
		return rows;
	}

}

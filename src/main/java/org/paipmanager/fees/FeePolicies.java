package org.paipmanager.fees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.paipmanager.fees.domain.FeeBand;
import org.paipmanager.fees.domain.FeeCalculation;
import org.paipmanager.fees.domain.FeeScale;
import org.paipmanager.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The agency's fee policy versions, append-only, read and written with plain SQL. */
@Component
class FeePolicies {

	private static final String SELECT = """
			select id, version_number, effective_from, minimum_fee, waiver_requirements, participant_text,
			       written_at, written_by_username
			from fee_policy""";

	private final JdbcClient jdbc;

	FeePolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every version, newest first. */
	List<FeePolicyView> all() {
		return this.jdbc.sql(SELECT + " order by version_number desc").query(this::policy).list();
	}

	/** The version written last, whatever its effective date. */
	Optional<FeePolicyView> latest() {
		return this.jdbc.sql(SELECT + " order by version_number desc limit 1").query(this::policy).optional();
	}

	/** The version in effect on a day: the latest effective date on or before it. */
	Optional<FeePolicyView> inEffectOn(LocalDate day) {
		return this.jdbc
			.sql(SELECT + " where effective_from <= ? order by effective_from desc, version_number desc limit 1")
			.param(day)
			.query(this::policy)
			.optional();
	}

	Optional<FeePolicyView> byId(UUID id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(this::policy).optional();
	}

	UUID insert(Actor actor, int versionNumber, FeePolicyCommand command, List<FeePolicyCommand.Band> bands,
			Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into fee_policy (id, agency_id, version_number, effective_from, minimum_fee, waiver_requirements,
				    participant_text, written_at, written_by_staff_id, written_by_username)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.agencyId().value(), versionNumber, command.effectiveFrom(), command.minimumFee(),
					command.waiverRequirements().strip(), command.participantText().strip(), Timestamp.from(now),
					actor.staffUuid(), actor.username())
			.update();
		for (int i = 0; i < bands.size(); i++) {
			FeePolicyCommand.Band band = bands.get(i);
			this.jdbc.sql("""
					insert into fee_policy_band (policy_id, agency_id, position, household_from, household_to,
					    income_from, income_to, fee)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, actor.agencyId().value(), i, band.householdFrom(), band.householdTo(), band.incomeFrom(),
						band.incomeTo(), band.fee())
				.update();
		}
		return id;
	}

	static FeeScale scale(FeePolicyView policy) {
		return new FeeScale(policy.bands()
			.stream()
			.map((band) -> new FeeBand(band.householdFrom(), band.householdTo(), band.incomeFrom(), band.incomeTo(),
					band.fee()))
			.toList(), policy.minimumFee());
	}

	private FeePolicyView policy(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<FeePolicyCommand.Band> bands = this.jdbc.sql("""
				select household_from, household_to, income_from, income_to, fee from fee_policy_band
				where policy_id = ? order by position""")
			.param(id)
			.query((b, n) -> new FeePolicyCommand.Band(b.getInt(1), (Integer) b.getObject(2), b.getBigDecimal(3),
					b.getBigDecimal(4), b.getBigDecimal(5)))
			.list();
		return new FeePolicyView(id, rs.getInt("version_number"), rs.getObject("effective_from", LocalDate.class),
				rs.getBigDecimal("minimum_fee"), rs.getString("waiver_requirements"), rs.getString("participant_text"),
				bands, rs.getTimestamp("written_at").toInstant(), rs.getString("written_by_username"),
				FeeCalculation.SECTION);
	}

}

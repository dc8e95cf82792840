package org.paipmanager.program;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.program.domain.BudgetLine;
import org.paipmanager.program.domain.GrantQuarter;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Department grants (PRG-10, 501.400-501.440): grant agreements with their budget lines,
 * actual expenditures documented by quarter of the grant period with the document behind
 * each (501.440(b)(2)), and the quarters whose documentation was sent. A quarter's
 * expenditures are closed once its documentation was sent. Spending more than a line's
 * budget is flagged, not refused: Part 501 sets no such rule.
 */
@Service
@Validated
public class AccountingForGrants {

	static final String GRANT = "program-grant";

	private static final BigDecimal ZERO = new BigDecimal("0.00");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ProgramDates dates;

	AccountingForGrants(JdbcClient jdbc, AuditLog audit, ProgramDates dates) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.dates = dates;
	}

	/** Every grant, the latest period first. */
	@PreAuthorize(ApplyingForProtocol.READ)
	@Transactional
	public List<GrantView> grants() {
		List<GrantView> found = this.jdbc.sql("select * from program_grant order by starts_on desc, agreement_number")
			.query(this::mapGrant)
			.list();
		this.audit.record(AuditAction.READ, GRANT + "-list", null, "rows=" + found.size());
		return found;
	}

	@PreAuthorize(ApplyingForProtocol.READ)
	@Transactional
	public GrantView grant(UUID id) {
		GrantView view = load(id);
		this.audit.record(AuditAction.READ, GRANT, id.toString(), null);
		return view;
	}

	/**
	 * A form for a new grant agreement with the Department, its documentation due 30 days
	 * after each quarter.
	 */
	@PreAuthorize(ApplyingForProtocol.WRITE)
	public GrantCommand newGrant() {
		return new GrantCommand(GrantCommand.DEPARTMENT, "", null, null, null, null, null, 30, List.of());
	}

	/**
	 * Records a grant agreement with its budget.
	 * @throws ProgramRefused when the period ends before it starts, two lines share a
	 * code, the agreement number is taken or the signing date is in the future
	 */
	@PreAuthorize(ApplyingForProtocol.WRITE)
	@Transactional
	public UUID register(@Valid GrantCommand command) {
		check(command, null);
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into program_grant (id, agency_id, funder, agreement_number, starts_on, ends_on,
					    amount_requested, amount_awarded, signed_on, report_due_days, recorded_by_username, recorded_at)
					values (?, current_agency_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, command.funder().strip(), command.agreementNumber().strip(), command.startsOn(),
						command.endsOn(), command.amountRequested(), command.amountAwarded(), command.signedOn(),
						command.reportDueDays(), CurrentActor.require().username(), this.dates.now())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ProgramRefused(Map.of("agreementNumber", "program.grant.numberTaken"));
		}
		for (int i = 0; i < command.lines().size(); i++) {
			insertLine(id, i, command.lines().get(i));
		}
		this.audit.record(AuditAction.CREATE, GRANT, id.toString(),
				"501.440(a) agreement " + command.agreementNumber().strip() + ", lines=" + command.lines().size());
		return id;
	}

	/**
	 * Changes a grant as it stood at {@code version}; lines are matched by code.
	 * @throws ProgramRefused as {@link #register}, and when a line with expenditures is
	 * left out or the period would leave an expenditure outside it
	 * @throws org.springframework.dao.OptimisticLockingFailureException when it changed
	 * since
	 */
	@PreAuthorize(ApplyingForProtocol.WRITE)
	@Transactional
	public GrantView update(UUID id, long version, @Valid GrantCommand command) {
		GrantView current = load(id);
		check(command, current);
		int updated;
		try {
			updated = this.jdbc
				.sql("""
						update program_grant set funder = ?, agreement_number = ?, starts_on = ?, ends_on = ?,
						    amount_requested = ?, amount_awarded = ?, signed_on = ?, report_due_days = ?, version = version + 1
						where id = ? and version = ?""")
				.params(command.funder().strip(), command.agreementNumber().strip(), command.startsOn(),
						command.endsOn(), command.amountRequested(), command.amountAwarded(), command.signedOn(),
						command.reportDueDays(), id, version)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ProgramRefused(Map.of("agreementNumber", "program.grant.numberTaken"));
		}
		ProgramDates.expectUpdated(updated, GRANT, id, version);
		Map<String, GrantView.Line> existing = new HashMap<>();
		current.lines().forEach((line) -> existing.put(line.code(), line));
		for (int i = 0; i < command.lines().size(); i++) {
			GrantCommand.Line line = command.lines().get(i);
			GrantView.Line kept = existing.remove(line.code().strip());
			if (kept == null) {
				insertLine(id, i, line);
			}
			else {
				this.jdbc
					.sql("""
							update program_grant_line set position = ?, name = ?, budgeted = ?, justification = ? where id = ?""")
					.params(i, line.name().strip(), line.budgeted(), line.justification().strip(), kept.id())
					.update();
			}
		}
		for (GrantView.Line removed : existing.values()) {
			this.jdbc.sql("delete from program_grant_line where id = ?").param(removed.id()).update();
		}
		this.audit.record(AuditAction.UPDATE, GRANT, id.toString(),
				"501.440(a) agreement " + command.agreementNumber().strip() + ", lines=" + command.lines().size());
		return load(id);
	}

	/**
	 * Records an actual expenditure under a budget line (501.440(b)(2)). Spending beyond
	 * the line's budget is recorded and flagged.
	 * @throws ProgramRefused when the line is not the grant's, the day is outside the
	 * grant period or in the future, or the quarter's documentation was sent already
	 */
	@PreAuthorize(ApplyingForProtocol.WRITE)
	@Transactional
	public UUID recordExpenditure(UUID grantId, @Valid ExpenditureCommand command) {
		GrantView grant = load(grantId);
		Map<String, String> problems = new LinkedHashMap<>();
		GrantView.Line line = grant.lines()
			.stream()
			.filter((l) -> l.code().equals(command.lineCode().strip()))
			.findFirst()
			.orElse(null);
		if (line == null) {
			problems.put("lineCode", "program.grant.unknownLine");
		}
		this.dates.notInFuture(command.spentOn(), "spentOn", problems);
		GrantView.Quarter quarter = grant.quarters()
			.stream()
			.filter((q) -> !command.spentOn().isBefore(q.startsOn()) && !command.spentOn().isAfter(q.endsOn()))
			.findFirst()
			.orElse(null);
		if (quarter == null) {
			problems.putIfAbsent("spentOn", "program.grant.outsidePeriod");
		}
		else if (quarter.sentOn() != null) {
			problems.putIfAbsent("spentOn", "program.grant.quarterSent");
		}
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into program_grant_expenditure (id, grant_id, line_id, quarter, spent_on, payee, description, amount,
					    document_ref, recorded_by_username, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, grantId, line.id(), quarter.number(), command.spentOn(), command.payee().strip(),
					command.description().strip(), command.amount(), command.documentRef().strip(),
					CurrentActor.require().username(), this.dates.now())
			.update();
		this.audit.record(AuditAction.CREATE, GRANT + "-expenditure", id.toString(), "501.440(b)(2) grant " + grantId
				+ " quarter " + quarter.number() + " line " + line.code() + " " + command.amount());
		return id;
	}

	/**
	 * Records that a quarter's expenditure documentation was sent to the funder; the
	 * quarter's expenditures are closed from then on.
	 * @throws ProgramRefused when the quarter has not ended, is not the grant's, was sent
	 * already, or the day is before its end or in the future
	 */
	@PreAuthorize(ApplyingForProtocol.WRITE)
	@Transactional
	public GrantView recordQuarterSent(UUID grantId, int quarter, LocalDate sentOn) {
		GrantView grant = load(grantId);
		Map<String, String> problems = new LinkedHashMap<>();
		GrantView.Quarter found = grant.quarters()
			.stream()
			.filter((q) -> q.number() == quarter)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(GRANT + "-quarter", quarter));
		if (sentOn == null) {
			problems.put("sentOn", "validation.required");
		}
		else {
			this.dates.notInFuture(sentOn, "sentOn", problems);
			if (!sentOn.isAfter(found.endsOn())) {
				problems.putIfAbsent("sentOn", "program.grant.sentBeforeQuarterEnd");
			}
		}
		if (found.sentOn() != null) {
			problems.put("*", "program.grant.quarterSent");
		}
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
		this.jdbc.sql("""
				insert into program_grant_quarter_sent (grant_id, quarter, sent_on, recorded_by_username, recorded_at)
				values (?, ?, ?, ?, ?)""")
			.params(grantId, quarter, sentOn, CurrentActor.require().username(), this.dates.now())
			.update();
		this.audit.record(AuditAction.UPDATE, GRANT, grantId.toString(),
				"501.440(b)(2) quarter " + quarter + " documentation sent " + sentOn);
		return load(grantId);
	}

	/** A quarter's expenditure documentation, for the page and the exports. */
	@PreAuthorize(ApplyingForProtocol.READ)
	@Transactional
	public QuarterDocumentation documentation(UUID grantId, int quarter) {
		GrantView grant = load(grantId);
		GrantView.Quarter found = grant.quarters()
			.stream()
			.filter((q) -> q.number() == quarter)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(GRANT + "-quarter", quarter));
		List<QuarterDocumentation.Expenditure> expenditures = this.jdbc.sql("""
				select e.id, l.code, l.name, e.spent_on, e.payee, e.description, e.amount, e.document_ref
				from program_grant_expenditure e join program_grant_line l on l.id = e.line_id
				where e.grant_id = ? and e.quarter = ? order by e.spent_on, l.position, e.recorded_at""")
			.params(grantId, quarter)
			.query((rs, row) -> new QuarterDocumentation.Expenditure(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
					rs.getBigDecimal(7), rs.getString(8)))
			.list();
		Map<String, BigDecimal> toDate = spentByLine(grantId, quarter);
		List<QuarterDocumentation.LineTotal> lines = new ArrayList<>();
		BigDecimal total = ZERO;
		for (GrantView.Line line : grant.lines()) {
			BigDecimal inQuarter = expenditures.stream()
				.filter((e) -> e.lineCode().equals(line.code()))
				.map(QuarterDocumentation.Expenditure::amount)
				.reduce(ZERO, BigDecimal::add);
			BigDecimal spentToDate = toDate.getOrDefault(line.code(), ZERO);
			lines.add(new QuarterDocumentation.LineTotal(line.code(), line.name(), line.budgeted(), inQuarter,
					spentToDate, new BudgetLine(line.code(), line.budgeted(), spentToDate).overspent()));
			total = total.add(inQuarter);
		}
		this.audit.record(AuditAction.READ, GRANT + "-quarter", grantId.toString(),
				"501.440(b)(2) quarter " + quarter + ", expenditures=" + expenditures.size());
		return new QuarterDocumentation(grantId, grant.funder(), grant.agreementNumber(), quarter, found.startsOn(),
				found.endsOn(), found.reportDueOn(), found.sentOn(), expenditures, lines, total);
	}

	/** Quarterly documentation not sent yet, for the due list. */
	List<DueItem> due(LocalDate today) {
		List<DueItem> due = new ArrayList<>();
		for (GrantView grant : this.jdbc.sql("select * from program_grant").query(this::mapGrant).list()) {
			for (GrantView.Quarter q : grant.quarters()) {
				if (q.sentOn() == null) {
					GrantQuarter quarter = new GrantQuarter(q.number(), q.startsOn(), q.endsOn(), q.reportDueOn());
					due.add(new DueItem(DueItem.Kind.GRANT_QUARTER_REPORT, grant.agreementNumber() + " Q" + q.number(),
							q.reportDueOn(), quarter.report().daysLeft(today), quarter.report().overdue(today),
							GrantQuarter.SECTION, "/program/grants/" + grant.id()));
				}
			}
		}
		return due;
	}

	private void check(GrantCommand command, GrantView current) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!command.endsOn().isAfter(command.startsOn())) {
			problems.put("endsOn", "program.grant.endBeforeStart");
		}
		this.dates.notInFuture(command.signedOn(), "signedOn", problems);
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < command.lines().size(); i++) {
			if (!codes.add(command.lines().get(i).code().strip())) {
				problems.put("lines[" + i + "].code", "program.grant.duplicateCode");
			}
		}
		if (current != null) {
			for (GrantView.Line line : current.lines()) {
				if (!codes.contains(line.code()) && line.spent().signum() > 0) {
					problems.put("lines", "program.grant.lineInUse");
				}
			}
			LocalDate[] spent = this.jdbc
				.sql("select min(spent_on), max(spent_on) from program_grant_expenditure where grant_id = ?")
				.param(current.id())
				.query((rs,
						row) -> new LocalDate[] { rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class) })
				.single();
			if (spent[0] != null && (spent[0].isBefore(command.startsOn()) || spent[1].isAfter(command.endsOn()))) {
				problems.putIfAbsent("startsOn", "program.grant.periodLeavesExpenditures");
			}
			// Expenditures are filed under quarters counted from the first day.
			if (spent[0] != null && !command.startsOn().equals(current.startsOn())) {
				problems.putIfAbsent("startsOn", "program.grant.startFixed");
			}
		}
		if (!problems.isEmpty()) {
			throw new ProgramRefused(problems);
		}
	}

	private void insertLine(UUID grantId, int position, GrantCommand.Line line) {
		this.jdbc.sql("""
				insert into program_grant_line (id, grant_id, position, code, name, budgeted, justification)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), grantId, position, line.code().strip(), line.name().strip(), line.budgeted(),
					line.justification().strip())
			.update();
	}

	private Map<String, BigDecimal> spentByLine(UUID grantId, int upToQuarter) {
		Map<String, BigDecimal> spent = new HashMap<>();
		this.jdbc
			.sql("""
					select l.code, sum(e.amount) from program_grant_expenditure e join program_grant_line l on l.id = e.line_id
					where e.grant_id = ? and e.quarter <= ? group by l.code""")
			.params(grantId, upToQuarter)
			.query((rs, row) -> spent.put(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		return spent;
	}

	private GrantView load(UUID id) {
		return this.jdbc.sql("select * from program_grant where id = ?")
			.param(id)
			.query(this::mapGrant)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(GRANT, id));
	}

	private GrantView mapGrant(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
		LocalDate endsOn = rs.getObject("ends_on", LocalDate.class);
		int dueDays = rs.getInt("report_due_days");
		Map<String, BigDecimal> spent = spentByLine(id, Integer.MAX_VALUE);
		List<GrantView.Line> lines = this.jdbc
			.sql("""
					select id, code, name, budgeted, justification from program_grant_line where grant_id = ? order by position""")
			.param(id)
			.query((r, n) -> {
				BudgetLine budget = new BudgetLine(r.getString(2), r.getBigDecimal(4),
						spent.getOrDefault(r.getString(2), ZERO));
				return new GrantView.Line(r.getObject(1, UUID.class), budget.code(), r.getString(3), budget.budgeted(),
						r.getString(5), budget.spent(), budget.remaining(), budget.overspent());
			})
			.list();
		Map<Integer, LocalDate> sent = new HashMap<>();
		this.jdbc.sql("select quarter, sent_on from program_grant_quarter_sent where grant_id = ?")
			.param(id)
			.query((r, n) -> sent.put(r.getInt(1), r.getObject(2, LocalDate.class)))
			.list();
		Map<Integer, BigDecimal> byQuarter = new HashMap<>();
		this.jdbc.sql("select quarter, sum(amount) from program_grant_expenditure where grant_id = ? group by quarter")
			.param(id)
			.query((r, n) -> byQuarter.put(r.getInt(1), r.getBigDecimal(2)))
			.list();
		LocalDate today = this.dates.today();
		List<GrantView.Quarter> quarters = GrantQuarter.of(startsOn, endsOn, dueDays)
			.stream()
			.map((q) -> new GrantView.Quarter(q.number(), q.startsOn(), q.endsOn(), q.reportDueOn(),
					sent.get(q.number()), byQuarter.getOrDefault(q.number(), ZERO),
					sent.get(q.number()) == null && q.report().overdue(today)))
			.toList();
		BigDecimal budgetTotal = lines.stream().map(GrantView.Line::budgeted).reduce(ZERO, BigDecimal::add);
		BigDecimal spentTotal = lines.stream().map(GrantView.Line::spent).reduce(ZERO, BigDecimal::add);
		return new GrantView(id, rs.getLong("version"), rs.getString("funder"), rs.getString("agreement_number"),
				startsOn, endsOn, rs.getBigDecimal("amount_requested"), rs.getBigDecimal("amount_awarded"),
				rs.getObject("signed_on", LocalDate.class), dueDays, lines, quarters, budgetTotal, spentTotal);
	}

}

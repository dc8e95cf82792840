package org.paipmanager.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the program owes the Department or itself in the coming days, across protocol
 * renewal and grievances (501.40, 501.50), the continuation plan's review (501.260),
 * innovation evaluations (501.310) and grant quarterly documentation (501.440(b)(2)),
 * each with its section; overdue items first.
 */
@Service
public class ProgramManagement {

	/** The windows the program administration page offers, in days. */
	public static final Set<Integer> WINDOWS = Set.of(30, 60, 90);

	private final ApplyingForProtocol protocol;

	private final PlanningContinuation continuation;

	private final ProposingInnovation innovation;

	private final AccountingForGrants grants;

	private final ProgramDates dates;

	private final AuditLog audit;

	ProgramManagement(ApplyingForProtocol protocol, PlanningContinuation continuation, ProposingInnovation innovation,
			AccountingForGrants grants, ProgramDates dates, AuditLog audit) {
		this.protocol = protocol;
		this.continuation = continuation;
		this.innovation = innovation;
		this.grants = grants;
		this.dates = dates;
		this.audit = audit;
	}

	/**
	 * Everything overdue, and everything due within {@code windowDays} of today; the
	 * soonest first.
	 * @throws ProgramRefused for a window other than 30, 60 or 90 days
	 */
	@PreAuthorize(ApplyingForProtocol.READ)
	@Transactional
	public List<DueItem> due(int windowDays) {
		if (!WINDOWS.contains(windowDays)) {
			throw new ProgramRefused(Map.of("window", "program.due.window"));
		}
		LocalDate today = this.dates.today();
		List<DueItem> due = all(today).stream()
			.filter((item) -> item.overdue() || item.daysLeft() <= windowDays)
			.sorted(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::kind))
			.toList();
		this.audit.record(AuditAction.READ, "program-due", null, "window=" + windowDays + ", rows=" + due.size());
		return due;
	}

	/**
	 * Everything not yet done that has a date, as of {@code today}, in no order; for the
	 * due list and the email reminders.
	 */
	List<DueItem> all(LocalDate today) {
		List<DueItem> all = new ArrayList<>();
		all.addAll(this.protocol.due(today));
		all.addAll(this.continuation.due(today));
		all.addAll(this.innovation.due(today));
		all.addAll(this.grants.due(today));
		return all;
	}

	/** Today in Illinois, as the due list counts it. */
	public LocalDate today() {
		return this.dates.today();
	}

}

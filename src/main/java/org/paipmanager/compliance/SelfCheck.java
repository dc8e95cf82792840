package org.paipmanager.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * The compliance self-check (PRG-5): every Subpart B section with its live evidence, and
 * the corrective action plans.
 */
public record SelfCheck(LocalDate today, List<Row> rows, List<CorrectiveActionView> correctiveActions) {

	public SelfCheck {
		rows = List.copyOf(rows);
		correctiveActions = List.copyOf(correctiveActions);
	}

	/** The row of a section. */
	public Row row(SubpartBSection section) {
		return this.rows.stream().filter((row) -> row.section() == section).findFirst().orElseThrow();
	}

	/** Plans still open or in progress after their due date. */
	public long overdueActions() {
		return this.correctiveActions.stream().filter(CorrectiveActionView::overdue).count();
	}

	/**
	 * One section: its evidence, each figure with its own status, and the worst of them.
	 */
	public record Row(SubpartBSection section, List<Evidence> evidence) {

		public Row {
			evidence = List.copyOf(evidence);
		}

		public CheckStatus status() {
			return this.evidence.stream().map(Evidence::status).reduce(CheckStatus.MET, CheckStatus::and);
		}

		/** The evidence with this message key. */
		public Evidence evidence(String labelKey) {
			return this.evidence.stream().filter((e) -> e.labelKey().equals(labelKey)).findFirst().orElseThrow();
		}

	}

	/**
	 * One figure from the data.
	 *
	 * @param labelKey message key of what is counted
	 * @param paragraph the rule paragraph behind it
	 * @param figure how many; for the policy evidence 1 when one is in force
	 * @param link the list behind the figure
	 * @param items the records counted, each with a link, when there are few enough to
	 * name
	 */
	public record Evidence(String labelKey, String paragraph, long figure, CheckStatus status, String link,
			List<Item> items) {

		public Evidence {
			items = List.copyOf(items);
		}

	}

	/** A record behind a figure, such as a staff member, with the page that shows it. */
	public record Item(String label, String link) {
	}

}

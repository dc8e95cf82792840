package org.paipmanager.agency;

import java.util.List;

/**
 * What importing an Open Referral HSDS file would do to the directory, shown before it is
 * applied. Nothing has been written yet.
 *
 * @param lines one per organization in the file, in file order
 */
public record HsdsImportPreview(List<Line> lines) {

	/** What happens to one organization. */
	public enum Action {

		ADD, UPDATE

	}

	/**
	 * @param addressDropped the file gave an address for a confidential location: it is
	 * not taken
	 */
	public record Line(String name, PartnerAgencyCategory category, Action action, boolean confidentialLocation,
			boolean addressDropped) {
	}

	public HsdsImportPreview {
		lines = List.copyOf(lines);
	}

	public long added() {
		return this.lines.stream().filter((line) -> line.action() == Action.ADD).count();
	}

	public long updated() {
		return this.lines.stream().filter((line) -> line.action() == Action.UPDATE).count();
	}

}

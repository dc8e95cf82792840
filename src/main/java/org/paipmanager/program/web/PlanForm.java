package org.paipmanager.program.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.paipmanager.program.ContinuationPlanCommand;
import org.paipmanager.program.ContinuationPlanView;

/**
 * The page form of the continuation plan (501.260): the fields of
 * {@link ContinuationPlanCommand} with a few rows for alternate locations and cooperative
 * agreements, of which a row left wholly blank is ignored.
 */
public record PlanForm(@NotNull(message = "{validation.required}") LocalDate adoptedOn,
		@NotNull(message = "{validation.required}") LocalDate nextReviewOn,
		@NotBlank(message = "{validation.required}") @Size(max = 5000,
				message = "{validation.tooLong}") String referralNotice,
		List<@Valid Location> locations, List<@Valid Cooperation> cooperation) {

	static final int ROWS = 3;

	/** Pads the rows to {@link #ROWS}, so that the form always shows them. */
	public PlanForm {
		locations = List.copyOf(pad(locations, Location.BLANK));
		cooperation = List.copyOf(pad(cooperation, Cooperation.BLANK));
	}

	private static <T> List<T> pad(List<T> rows, T blank) {
		List<T> padded = new ArrayList<>();
		if (rows != null) {
			rows.forEach((r) -> padded.add((r != null) ? r : blank));
		}
		while (padded.size() < ROWS) {
			padded.add(blank);
		}
		return List.copyOf(padded);
	}

	static PlanForm of(ContinuationPlanCommand command) {
		return new PlanForm(command.adoptedOn(), command.nextReviewOn(), command.referralNotice(),
				command.locations()
					.stream()
					.map((l) -> new Location(l.name(), l.address(), l.arrangements()))
					.collect(withBlank(Location.BLANK)),
				command.cooperation()
					.stream()
					.map((c) -> new Cooperation(c.providerName(), c.agreementId(), c.continuity()))
					.collect(withBlank(Cooperation.BLANK)));
	}

	static PlanForm of(ContinuationPlanView plan) {
		return new PlanForm(plan.adoptedOn(), plan.nextReviewOn(), plan.referralNotice(),
				plan.locations()
					.stream()
					.map((l) -> new Location(l.name(), l.address(), l.arrangements()))
					.collect(withBlank(Location.BLANK)),
				plan.cooperation()
					.stream()
					.map((c) -> new Cooperation(c.providerName(), c.agreementId(), c.continuity()))
					.collect(withBlank(Cooperation.BLANK)));
	}

	/** The rows with one blank row after them, for adding one. */
	private static <T> java.util.stream.Collector<T, ?, List<T>> withBlank(T blank) {
		return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), (rows) -> {
			rows.add(blank);
			return rows;
		});
	}

	ContinuationPlanCommand toCommand() {
		return new ContinuationPlanCommand(this.adoptedOn, this.nextReviewOn, this.referralNotice, this.locations
			.stream()
			.filter((l) -> !l.isBlank())
			.map((l) -> new ContinuationPlanCommand.Location(l.name().strip(), l.address().strip(), l.arrangements()))
			.toList(),
				this.cooperation.stream()
					.filter((c) -> !c.isBlank())
					.map((c) -> new ContinuationPlanCommand.Cooperation(c.providerName().strip(), c.agreementId(),
							c.continuity().strip()))
					.toList());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** An alternate location: name and address, both or neither. */
	public record Location(@Size(max = 300, message = "{validation.tooLong}") String name,
			@Size(max = 500, message = "{validation.tooLong}") String address,
			@Size(max = 2000, message = "{validation.tooLong}") String arrangements) {

		static final Location BLANK = new Location("", "", "");

		public boolean isBlank() {
			return blank(this.name) && blank(this.address) && blank(this.arrangements);
		}

		@AssertTrue(message = "{program.continuation.form.locationIncomplete}")
		public boolean isComplete() {
			return isBlank() || (!blank(this.name) && !blank(this.address));
		}

	}

	/**
	 * A cooperative agreement: the provider and how continuity is kept, both or neither.
	 */
	public record Cooperation(@Size(max = 300, message = "{validation.tooLong}") String providerName, UUID agreementId,
			@Size(max = 2000, message = "{validation.tooLong}") String continuity) {

		static final Cooperation BLANK = new Cooperation("", null, "");

		public boolean isBlank() {
			return blank(this.providerName) && this.agreementId == null && blank(this.continuity);
		}

		@AssertTrue(message = "{program.continuation.form.cooperationIncomplete}")
		public boolean isComplete() {
			return isBlank() || (!blank(this.providerName) && !blank(this.continuity));
		}

	}

}

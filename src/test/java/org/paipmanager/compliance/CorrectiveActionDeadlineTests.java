package org.paipmanager.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectiveActionDeadlineTests {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

	@Test
	@DisplayName("PRG-5: with the clock on the due date a plan is not overdue; one day later it is, while open or in progress; completed or verified plans never are")
	void overdueTheDayAfterTheDueDateWhilePending() {
		Clock onDueDate = Clock.fixed(DUE.atTime(23, 59).atZone(CHICAGO).toInstant(), CHICAGO);
		Clock dayAfter = Clock.offset(onDueDate, Duration.ofMinutes(2));

		assertThat(plan(CorrectiveActionStatus.OPEN, onDueDate).overdue()).isFalse();
		assertThat(plan(CorrectiveActionStatus.OPEN, dayAfter).overdue()).isTrue();
		assertThat(plan(CorrectiveActionStatus.IN_PROGRESS, dayAfter).overdue()).isTrue();
		assertThat(plan(CorrectiveActionStatus.COMPLETED, dayAfter).overdue()).isFalse();
		assertThat(plan(CorrectiveActionStatus.VERIFIED, Clock.offset(dayAfter, Duration.ofDays(400))).overdue())
			.isFalse();
	}

	@Test
	@DisplayName("PRG-5: a section's policy is not met when missing, needs attention when only a future version exists, and is met from its effective date")
	void policyStatusFollowsTheEffectiveDate() {
		PolicyVersion upcoming = new PolicyVersion(1, "Fees", "Sliding scale.", DUE, "director", Instant.EPOCH);
		assertThat(new PolicyView(SubpartBSection.FEE_STRUCTURE, null, java.util.List.of(), DUE).status())
			.isEqualTo(CheckStatus.NOT_MET);
		assertThat(new PolicyView(SubpartBSection.FEE_STRUCTURE, 0L, java.util.List.of(upcoming), DUE.minusDays(1))
			.status()).isEqualTo(CheckStatus.ATTENTION);
		assertThat(new PolicyView(SubpartBSection.FEE_STRUCTURE, 0L, java.util.List.of(upcoming), DUE).status())
			.isEqualTo(CheckStatus.MET);
	}

	private static CorrectiveActionView plan(CorrectiveActionStatus status, Clock clock) {
		return new CorrectiveActionView(UUID.randomUUID(), SubpartBSection.SUPERVISION, "Observation overdue",
				"Observe", "Director", DUE, status, "director", Instant.EPOCH, 0, LocalDate.now(clock));
	}

}

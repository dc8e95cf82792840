package org.paipmanager.victimcontact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServicePlanningRulesTests {

	private static final ZoneId ILLINOIS = ZoneId.of("America/Chicago");

	private static final LocalDate SIGNED = LocalDate.of(2026, 10, 1);

	@Test
	@DisplayName("COO-3: only a consent to both release and receive information, signed, unrevoked and unexpired, lets an agency be invited")
	void consentCoversOnlyBothDirectionsWhileInForce() {
		assertThat(consent(true, true, null, null).coversOn(SIGNED)).isTrue();
		assertThat(consent(true, false, null, null).coversOn(SIGNED)).isFalse();
		assertThat(consent(false, true, null, null).coversOn(SIGNED)).isFalse();
		assertThat(consent(true, true, null, null).coversOn(SIGNED.minusDays(1))).isFalse();
		// Revocation counts from its date; expiry includes its last day.
		PlanningConsent revoked = consent(true, true, null, SIGNED.plusDays(10));
		assertThat(revoked.coversOn(SIGNED.plusDays(9))).isTrue();
		assertThat(revoked.coversOn(SIGNED.plusDays(10))).isFalse();
		PlanningConsent expiring = consent(true, true, SIGNED.plusDays(30), null);
		assertThat(expiring.coversOn(SIGNED.plusDays(30))).isTrue();
		assertThat(expiring.coversOn(SIGNED.plusDays(31))).isFalse();
	}

	@Test
	@DisplayName("COO-3: an action item is overdue from the day after its due date on the Illinois clock, never once done or dropped")
	void actionItemIsOverdueAfterItsDueDateUntilClosed() {
		LocalDate due = LocalDate.of(2026, 11, 20);
		// 05:30 UTC on the 21st is still the 20th in Chicago (CST, UTC-6).
		assertThat(ActionItem.overdueOn(due, ActionItemStatus.OPEN, today("2026-11-21T05:30:00Z"))).isFalse();
		assertThat(ActionItem.overdueOn(due, ActionItemStatus.OPEN, today("2026-11-21T06:30:00Z"))).isTrue();
		assertThat(ActionItem.overdueOn(due, ActionItemStatus.IN_PROGRESS, today("2026-12-01T12:00:00Z"))).isTrue();
		assertThat(ActionItem.overdueOn(due, ActionItemStatus.DONE, today("2026-12-01T12:00:00Z"))).isFalse();
		assertThat(ActionItem.overdueOn(due, ActionItemStatus.DROPPED, today("2026-12-01T12:00:00Z"))).isFalse();
	}

	private static LocalDate today(String instant) {
		return LocalDate.now(Clock.fixed(Instant.parse(instant), ILLINOIS));
	}

	private static PlanningConsent consent(boolean release, boolean receive, LocalDate expires, LocalDate revoked) {
		return new PlanningConsent(UUID.randomUUID(), UUID.randomUUID(), "Agency", release, receive,
				ConsentForm.APPENDIX_16, SIGNED, expires, revoked, 0);
	}

}

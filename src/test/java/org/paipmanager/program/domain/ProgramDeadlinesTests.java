package org.paipmanager.program.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline rules of program administration, each read against a clock the test moves
 * day by day.
 */
class ProgramDeadlinesTests {

	static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	/** A clock the test sets to a day and moves forward. */
	static final class TestClock extends Clock {

		private Instant now;

		TestClock(LocalDate day) {
			this.now = day.atTime(12, 0).atZone(CHICAGO).toInstant();
		}

		void advanceDays(long days) {
			this.now = this.now.plus(Duration.ofDays(days));
		}

		LocalDate today() {
			return LocalDate.now(this);
		}

		@Override
		public ZoneId getZone() {
			return CHICAGO;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Test
	@DisplayName("PRG-6: a grievance filed on day 30 after the denial is in time, on day 31 it is late (501.50)")
	void grievanceFilingClosesAfterThirtyCalendarDays() {
		LocalDate denial = LocalDate.of(2026, 1, 30);
		TestClock clock = new TestClock(denial);
		assertThat(GrievanceDeadlines.filedInTime(denial, clock.today())).isTrue();
		clock.advanceDays(30);
		assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(GrievanceDeadlines.filedInTime(denial, clock.today())).isTrue();
		assertThat(GrievanceDeadlines.filing(denial).standing(clock.today(), 0)).isEqualTo(Deadline.Standing.DUE_SOON);
		clock.advanceDays(1);
		assertThat(GrievanceDeadlines.filedInTime(denial, clock.today())).isFalse();
		assertThat(GrievanceDeadlines.filing(denial).standing(clock.today(), 30)).isEqualTo(Deadline.Standing.OVERDUE);
		assertThat(GrievanceDeadlines.filedInTime(denial, denial.minusDays(1))).as("before the denial").isFalse();
		assertThat(GrievanceDeadlines.filing(denial).section()).isEqualTo("501.50");
	}

	@Test
	@DisplayName("PRG-6: the Department's response is due on day 45 after receipt and overdue on day 46 unless answered (501.50)")
	void responseOverdueOnDayFortySix() {
		LocalDate received = LocalDate.of(2026, 11, 20);
		TestClock clock = new TestClock(received);
		clock.advanceDays(45);
		assertThat(GrievanceDeadlines.response(received).dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(GrievanceDeadlines.responseOverdue(received, null, clock.today())).isFalse();
		assertThat(GrievanceDeadlines.response(received).daysLeft(clock.today())).isZero();
		clock.advanceDays(1);
		assertThat(GrievanceDeadlines.responseOverdue(received, null, clock.today())).isTrue();
		assertThat(GrievanceDeadlines.responseOverdue(received, received.plusDays(50), clock.today()))
			.as("answered, even late, is no longer overdue")
			.isFalse();
	}

	@Test
	@DisplayName("PRG-6: a renewal date is later beyond the reminder window, due soon inside it and overdue after the day")
	void renewalReminderWindows() {
		Deadline renewal = new Deadline(LocalDate.of(2027, 6, 30), "501.40(a)");
		TestClock clock = new TestClock(LocalDate.of(2027, 3, 31));
		assertThat(renewal.daysLeft(clock.today())).isEqualTo(91);
		assertThat(renewal.standing(clock.today(), 90)).isEqualTo(Deadline.Standing.LATER);
		clock.advanceDays(1);
		assertThat(renewal.standing(clock.today(), 90)).isEqualTo(Deadline.Standing.DUE_SOON);
		assertThat(renewal.standing(clock.today(), 60)).isEqualTo(Deadline.Standing.LATER);
		clock.advanceDays(30);
		assertThat(renewal.standing(clock.today(), 60)).isEqualTo(Deadline.Standing.DUE_SOON);
		clock.advanceDays(60);
		assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(renewal.standing(clock.today(), 30)).isEqualTo(Deadline.Standing.DUE_SOON);
		clock.advanceDays(1);
		assertThat(renewal.standing(clock.today(), 30)).isEqualTo(Deadline.Standing.OVERDUE);
	}

	@Test
	@DisplayName("PRG-9: an innovation's evaluation date within its time limit is due on the day and overdue the day after (501.310(a)(4))")
	void innovationEvaluationDue() {
		Deadline evaluation = new Deadline(LocalDate.of(2027, 2, 28), "501.310(a)(4)");
		TestClock clock = new TestClock(LocalDate.of(2027, 1, 29));
		assertThat(evaluation.standing(clock.today(), 30)).isEqualTo(Deadline.Standing.DUE_SOON);
		clock.advanceDays(30);
		assertThat(evaluation.overdue(clock.today())).isFalse();
		clock.advanceDays(1);
		assertThat(evaluation.overdue(clock.today())).isTrue();
		assertThat(evaluation.daysLeft(clock.today())).isEqualTo(-1);
	}

	@Test
	@DisplayName("PRG-10: quarters count from the first day of the grant period, the last one ends with it, and each report is due the agreement's days after the quarter (501.440(b)(2))")
	void grantQuartersAndReportDueDates() {
		List<GrantQuarter> quarters = GrantQuarter.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 4, 15), 30);
		assertThat(quarters).extracting(GrantQuarter::number).containsExactly(1, 2, 3, 4);
		assertThat(quarters.get(0).endsOn()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(quarters.get(0).reportDueOn()).isEqualTo(LocalDate.of(2026, 10, 30));
		assertThat(quarters.get(3).startsOn()).isEqualTo(LocalDate.of(2027, 4, 1));
		assertThat(quarters.get(3).endsOn()).isEqualTo(LocalDate.of(2027, 4, 15));
		assertThat(GrantQuarter.containing(quarters, LocalDate.of(2026, 10, 1))).map(GrantQuarter::number).hasValue(2);
		assertThat(GrantQuarter.containing(quarters, LocalDate.of(2027, 4, 16))).isEmpty();

		TestClock clock = new TestClock(LocalDate.of(2026, 10, 30));
		GrantQuarter first = quarters.get(0);
		assertThat(first.ended(clock.today())).isTrue();
		assertThat(first.report().overdue(clock.today())).isFalse();
		clock.advanceDays(1);
		assertThat(first.report().overdue(clock.today())).isTrue();
		assertThat(first.report().section()).isEqualTo("501.440(b)(2)");
	}

	@Test
	@DisplayName("PRG-10: a line spent beyond its budget is flagged, one spent to the cent is not")
	void overspendIsFlagged() {
		assertThat(new BudgetLine("SUPP", new BigDecimal("2400.00"), new BigDecimal("2400.00")).overspent()).isFalse();
		BudgetLine over = new BudgetLine("SUPP", new BigDecimal("2400.00"), new BigDecimal("2400.01"));
		assertThat(over.overspent()).isTrue();
		assertThat(over.remaining()).isEqualByComparingTo("-0.01");
	}

}

package org.paipmanager.statistics;

import java.time.YearMonth;

/** How many of something fell in one calendar month. */
public record MonthlyCount(YearMonth month, long count) {
}

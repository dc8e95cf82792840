package org.paipmanager.agency;

import java.util.Locale;

/**
 * Filters of the partner-agency directory (COO-1); an empty filter matches every entry.
 *
 * @param county matches the county the agency is in or one it serves
 * @param language matches a language the agency works in
 * @param text matches the name, a service or a contact
 */
public record DirectorySearch(PartnerAgencyCategory category, String county, String language, String text) {

	public static DirectorySearch all() {
		return new DirectorySearch(null, null, null, null);
	}

	boolean matches(PartnerAgencyEntry entry) {
		return (this.category == null || this.category == entry.category())
				&& (blank(this.county) || equalsIgnoreCase(this.county, entry.county())
						|| entry.countiesServed().stream().anyMatch((c) -> equalsIgnoreCase(this.county, c)))
				&& (blank(this.language)
						|| entry.languages().stream().anyMatch((l) -> equalsIgnoreCase(this.language, l)))
				&& (blank(this.text) || contains(entry.name(), this.text)
						|| entry.services().stream().anyMatch((s) -> contains(s.name(), this.text))
						|| entry.contacts().stream().anyMatch((c) -> contains(c.name(), this.text)));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static boolean equalsIgnoreCase(String wanted, String value) {
		return value != null && value.strip().equalsIgnoreCase(wanted.strip());
	}

	private static boolean contains(String value, String wanted) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT));
	}

}

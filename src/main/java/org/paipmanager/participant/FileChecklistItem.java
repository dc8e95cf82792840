package org.paipmanager.participant;

/**
 * One item of the participant file checklist of 501.115(b)(11) A-I.
 *
 * @param item the letter of the item, {@code A} to {@code I}
 * @param present whether the file holds it
 * @param detailKey message key of a short explanation shown beside the item, or null
 */
public record FileChecklistItem(char item, boolean present, String detailKey) {

	public FileChecklistItem {
		if (item < 'A' || item > 'I') {
			throw new IllegalArgumentException("501.115(b)(11) has items A to I, not " + item);
		}
	}

}

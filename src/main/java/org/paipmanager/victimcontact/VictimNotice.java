package org.paipmanager.victimcontact;

import java.time.LocalDate;
import java.util.UUID;

/** A notice given to the victim (501.190(c)). Its {@code toString} names no value. */
public record VictimNotice(UUID id, LocalDate givenOn, NoticeTopic topic, NoticeChannel channel, String note,
		String recordedBy) {

	@Override
	public String toString() {
		return "VictimNotice[" + this.id + "]";
	}

}

package org.paipmanager.compliance.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The director's form to build a desk review packet. */
class PacketForm {

	private String monitorUsername;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	public String getMonitorUsername() {
		return this.monitorUsername;
	}

	public void setMonitorUsername(String monitorUsername) {
		this.monitorUsername = monitorUsername;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}

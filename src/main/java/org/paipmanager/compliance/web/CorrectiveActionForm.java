package org.paipmanager.compliance.web;

import java.time.LocalDate;

import org.paipmanager.compliance.SubpartBSection;

import org.springframework.format.annotation.DateTimeFormat;

/** The director's form to open a corrective action plan. */
class CorrectiveActionForm {

	private SubpartBSection section;

	private String finding;

	private String actions;

	private String owner;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	public SubpartBSection getSection() {
		return this.section;
	}

	public void setSection(SubpartBSection section) {
		this.section = section;
	}

	public String getFinding() {
		return this.finding;
	}

	public void setFinding(String finding) {
		this.finding = finding;
	}

	public String getActions() {
		return this.actions;
	}

	public void setActions(String actions) {
		this.actions = actions;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}

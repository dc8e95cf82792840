package org.paipmanager.agency.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.paipmanager.agency.AgreementCommand;
import org.paipmanager.agency.AgreementParty;
import org.paipmanager.agency.AgreementView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agreement form: a few party rows (blank ones dropped) and the counties
 * comma-separated.
 */
public class AgreementForm {

	static final int PARTY_ROWS = 3;

	private long version;

	private String title;

	private List<PartyRow> parties = new ArrayList<>();

	private String counties;

	private String dataSharingTerms;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	/** One party row. */
	public static class PartyRow {

		private UUID partnerAgencyId;

		private String role;

		public UUID getPartnerAgencyId() {
			return this.partnerAgencyId;
		}

		public void setPartnerAgencyId(UUID partnerAgencyId) {
			this.partnerAgencyId = partnerAgencyId;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		boolean blank() {
			return this.partnerAgencyId == null && (this.role == null || this.role.isBlank());
		}

	}

	static AgreementForm of(AgreementView view) {
		AgreementForm form = of(view.toCommand());
		form.version = view.version();
		return form;
	}

	static AgreementForm of(AgreementCommand view) {
		AgreementForm form = new AgreementForm();
		form.title = view.title();
		for (AgreementParty party : view.parties()) {
			PartyRow row = new PartyRow();
			row.partnerAgencyId = party.partnerAgencyId();
			row.role = party.role();
			form.parties.add(row);
		}
		form.counties = String.join(", ", view.counties());
		form.dataSharingTerms = view.dataSharingTerms();
		form.startsOn = view.startsOn();
		form.endsOn = view.endsOn();
		form.padParties();
		return form;
	}

	void padParties() {
		int filled = (int) this.parties.stream().filter((row) -> !row.blank()).count();
		while (this.parties.size() < Math.max(PARTY_ROWS, filled + 1)) {
			this.parties.add(new PartyRow());
		}
	}

	AgreementCommand toCommand() {
		return new AgreementCommand(this.title,
				this.parties.stream()
					.filter((row) -> !row.blank())
					.map((row) -> new AgreementParty(row.partnerAgencyId, row.role))
					.toList(),
				(this.counties == null) ? List.of()
						: Arrays.stream(this.counties.split("[,;]"))
							.map(String::strip)
							.filter((s) -> !s.isEmpty())
							.toList(),
				this.dataSharingTerms, this.startsOn, this.endsOn);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public List<PartyRow> getParties() {
		return this.parties;
	}

	public void setParties(List<PartyRow> parties) {
		this.parties = parties;
	}

	public String getCounties() {
		return this.counties;
	}

	public void setCounties(String counties) {
		this.counties = counties;
	}

	public String getDataSharingTerms() {
		return this.dataSharingTerms;
	}

	public void setDataSharingTerms(String dataSharingTerms) {
		this.dataSharingTerms = dataSharingTerms;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

}

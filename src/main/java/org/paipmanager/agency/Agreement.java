package org.paipmanager.agency;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("agency_agreement")
class Agreement {

	@Id
	private final UUID id;

	private final UUID agencyId;

	private String title;

	private List<String> counties;

	private String dataSharingTerms;

	private LocalDate startsOn;

	private LocalDate endsOn;

	@MappedCollection(idColumn = "agency_agreement_id", keyColumn = "position")
	private List<AgreementParty> parties;

	@Version
	private Long version;

	Agreement(UUID id, UUID agencyId, Long version) {
		this.id = id;
		this.agencyId = agencyId;
		this.version = version;
		this.counties = List.of();
		this.parties = List.of();
	}

	void apply(AgreementCommand command) {
		this.title = command.title().strip();
		List<String> kept = new ArrayList<>();
		for (String county : command.counties()) {
			if (kept.stream().noneMatch(county.strip()::equalsIgnoreCase)) {
				kept.add(county.strip());
			}
		}
		this.counties = List.copyOf(kept);
		this.dataSharingTerms = (command.dataSharingTerms() == null || command.dataSharingTerms().isBlank()) ? null
				: command.dataSharingTerms().strip();
		this.startsOn = command.startsOn();
		this.endsOn = command.endsOn();
		this.parties = command.parties()
			.stream()
			.map((party) -> new AgreementParty(party.partnerAgencyId(), party.role().strip()))
			.toList();
	}

	void expectVersion(long expected) {
		this.version = expected;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	AgreementView toView(LocalDate today, Map<UUID, String> names) {
		long daysToEnd = ChronoUnit.DAYS.between(today, this.endsOn);
		AgreementView.RenewalStatus status;
		if (this.endsOn.isBefore(today)) {
			status = AgreementView.RenewalStatus.EXPIRED;
		}
		else if (daysToEnd <= AgreementView.RENEWAL_WINDOW_DAYS) {
			status = AgreementView.RenewalStatus.RENEWAL_DUE;
		}
		else if (this.startsOn.isAfter(today)) {
			status = AgreementView.RenewalStatus.NOT_YET_IN_FORCE;
		}
		else {
			status = AgreementView.RenewalStatus.IN_FORCE;
		}
		return new AgreementView(this.id, (this.version != null) ? this.version : 0, this.title,
				this.parties.stream()
					.map((party) -> new AgreementView.Party(party.partnerAgencyId(),
							names.getOrDefault(party.partnerAgencyId(), "?"), party.role()))
					.toList(),
				List.copyOf(this.counties), this.dataSharingTerms, this.startsOn, this.endsOn, status, daysToEnd);
	}

}

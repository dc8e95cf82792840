package org.paipmanager.contract;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of an agency's contract in one language. Never changed once written: a new
 * wording is a new version, and contracts keep the version they were made from.
 */
@Table("contract_template")
record ContractTemplate(@Id UUID id, UUID agencyId, String language, int versionNumber, String title, String attendance,
		String participation, String behaviour, String fee, String violenceReporting, String consequences,
		Instant createdAt, String createdBy) {

	ContractTemplateView toView() {
		return new ContractTemplateView(this.id, this.language, this.versionNumber, this.title, this.attendance,
				this.participation, this.behaviour, this.fee, this.violenceReporting, this.consequences, this.createdAt,
				this.createdBy);
	}

}

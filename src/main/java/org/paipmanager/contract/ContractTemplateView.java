package org.paipmanager.contract;

import java.time.Instant;
import java.util.UUID;

/** A contract template version as pages and the API show it. */
public record ContractTemplateView(UUID id, String language, int versionNumber, String title, String attendance,
		String participation, String behaviour, String fee, String violenceReporting, String consequences,
		Instant createdAt, String createdBy) {
}

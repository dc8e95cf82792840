package org.paipmanager.completion;

import java.math.BigDecimal;
import java.util.UUID;

import org.paipmanager.participant.ReferralSource;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("completion_standard")
class CompletionStandard {

	@Id
	private final UUID id;

	private final UUID agencyId;

	private ReferralSource referralSource;

	private String name;

	private int sessionsRequired;

	private BigDecimal hoursRequired;

	private Integer referralValidMonths;

	private boolean groupOnly;

	private boolean certificateAllowed;

	@Version
	private Long version;

	CompletionStandard(UUID id, UUID agencyId, ReferralSource referralSource, String name, int sessionsRequired,
			BigDecimal hoursRequired, Integer referralValidMonths, boolean groupOnly, boolean certificateAllowed,
			Long version) {
		this.id = id;
		this.agencyId = agencyId;
		this.referralSource = referralSource;
		this.name = name;
		this.sessionsRequired = sessionsRequired;
		this.hoursRequired = hoursRequired;
		this.referralValidMonths = referralValidMonths;
		this.groupOnly = groupOnly;
		this.certificateAllowed = certificateAllowed;
		this.version = version;
	}

	static CompletionStandard create(UUID agencyId, StandardCommand command) {
		CompletionStandard standard = new CompletionStandard(UUID.randomUUID(), agencyId, command.referralSource(),
				null, 0, null, null, false, false, null);
		standard.change(command);
		return standard;
	}

	void change(StandardCommand command) {
		this.referralSource = command.referralSource();
		this.name = command.name().strip();
		this.sessionsRequired = command.sessionsRequired();
		this.hoursRequired = command.hoursRequired();
		this.referralValidMonths = command.referralValidMonths();
		this.groupOnly = command.groupOnly();
		this.certificateAllowed = command.certificateAllowed();
	}

	UUID id() {
		return this.id;
	}

	Long version() {
		return this.version;
	}

	/** Spring Data JDBC takes a stale version as an update of nothing and refuses it. */
	void expectVersion(Long expected) {
		this.version = expected;
	}

	ServiceStandard toView() {
		return new ServiceStandard(this.id, this.referralSource, this.name, this.sessionsRequired, this.hoursRequired,
				this.referralValidMonths, this.groupOnly, this.certificateAllowed, this.version);
	}

}

package org.paipmanager.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participant's contract: the text generated from a template version, and once signed,
 * the signature it was signed with. Signed contracts are not changed.
 */
@Table("participant_contract")
class ParticipantContract {

	@Id
	private final UUID id;

	private final UUID agencyId;

	private final UUID participantId;

	private UUID templateId;

	private String language;

	private int sessionsRequired;

	private BigDecimal feePerSession;

	private String text;

	private Instant generatedAt;

	private String generatedBy;

	private LocalDate signedOn;

	private String signerName;

	private byte[] signaturePng;

	private byte[] scan;

	private String scanContentType;

	private String signingRecordedBy;

	@Version
	private Long version;

	ParticipantContract(UUID id, UUID agencyId, UUID participantId, UUID templateId, String language,
			int sessionsRequired, BigDecimal feePerSession, String text, Instant generatedAt, String generatedBy,
			LocalDate signedOn, String signerName, byte[] signaturePng, byte[] scan, String scanContentType,
			String signingRecordedBy, Long version) {
		this.id = id;
		this.agencyId = agencyId;
		this.participantId = participantId;
		this.templateId = templateId;
		this.language = language;
		this.sessionsRequired = sessionsRequired;
		this.feePerSession = feePerSession;
		this.text = text;
		this.generatedAt = generatedAt;
		this.generatedBy = generatedBy;
		this.signedOn = signedOn;
		this.signerName = signerName;
		this.signaturePng = signaturePng;
		this.scan = scan;
		this.scanContentType = scanContentType;
		this.signingRecordedBy = signingRecordedBy;
		this.version = version;
	}

	static ParticipantContract generate(UUID agencyId, UUID participantId, ContractTemplate template,
			int sessionsRequired, BigDecimal feePerSession, String text, Instant now, String username) {
		return new ParticipantContract(UUID.randomUUID(), agencyId, participantId, template.id(), template.language(),
				sessionsRequired, feePerSession, text, now, username, null, null, null, null, null, null, null);
	}

	/** A new text for a contract not signed yet: another language, template or fee. */
	void regenerate(ContractTemplate template, int sessionsRequired, BigDecimal feePerSession, String text, Instant now,
			String username) {
		if (isSigned()) {
			throw new IllegalStateException("A signed contract is not changed");
		}
		this.templateId = template.id();
		this.language = template.language();
		this.sessionsRequired = sessionsRequired;
		this.feePerSession = feePerSession;
		this.text = text;
		this.generatedAt = now;
		this.generatedBy = username;
	}

	void sign(LocalDate signedOn, String signerName, byte[] signaturePng, byte[] scan, String scanContentType,
			String username) {
		if (isSigned()) {
			throw new IllegalStateException("A signed contract is not signed again");
		}
		this.signedOn = signedOn;
		this.signerName = signerName;
		this.signaturePng = (signaturePng != null) ? signaturePng.clone() : null;
		this.scan = (scan != null) ? scan.clone() : null;
		this.scanContentType = scanContentType;
		this.signingRecordedBy = username;
	}

	boolean isSigned() {
		return this.signedOn != null;
	}

	ContractView toView(int templateVersion) {
		return new ContractView(this.id, this.version, this.language, templateVersion, this.sessionsRequired,
				this.feePerSession, this.text, this.generatedAt, this.generatedBy, this.signedOn, this.signerName,
				this.signaturePng != null, this.scan != null, this.signingRecordedBy);
	}

	UUID id() {
		return this.id;
	}

	UUID templateId() {
		return this.templateId;
	}

	LocalDate generatedOn() {
		return this.generatedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
	}

	long version() {
		return this.version;
	}

	byte[] signaturePng() {
		return (this.signaturePng != null) ? this.signaturePng.clone() : null;
	}

	byte[] scan() {
		return (this.scan != null) ? this.scan.clone() : null;
	}

	String scanContentType() {
		return this.scanContentType;
	}

}

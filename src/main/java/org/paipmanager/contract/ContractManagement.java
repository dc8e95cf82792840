package org.paipmanager.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgencyProfile;
import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Participant contracts (501.155): versioned templates per agency and language, a
 * contract generated for an eligible participant whose screening is complete, and its
 * signing, which enrols the participant and sets the program start date.
 */
@Service
@Validated
public class ContractManagement {

	static final String RECORD_TYPE = "participant-contract";

	/** Largest signed scan accepted. */
	static final int SCAN_LIMIT = 5 * 1024 * 1024;

	/** Largest drawn signature accepted. */
	static final int SIGNATURE_LIMIT = 500 * 1024;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private final ContractTemplates templates;

	private final ParticipantContracts contracts;

	private final ParticipantManagement participants;

	private final IntakeScreenings screenings;

	private final AgencyManagement agencies;

	private final AuditLog audit;

	private final Clock clock;

	private final JdbcAggregateTemplate aggregates;

	ContractManagement(ContractTemplates templates, ParticipantContracts contracts, ParticipantManagement participants,
			IntakeScreenings screenings, AgencyManagement agencies, AuditLog audit, Clock clock,
			JdbcAggregateTemplate aggregates) {
		this.aggregates = aggregates;
		this.templates = templates;
		this.contracts = contracts;
		this.participants = participants;
		this.screenings = screenings;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every template version, by language and newest first. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ') or hasAuthority('AGENCY_WRITE')")
	@Transactional
	public List<ContractTemplateView> templates() {
		currentTemplate("en");
		currentTemplate("es");
		return this.templates.findAllByOrderByLanguageAscVersionNumberDesc()
			.stream()
			.map(ContractTemplate::toView)
			.toList();
	}

	/**
	 * The version in use for a language; an agency that has written none starts from the
	 * built-in wording as version 1.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ') or hasAuthority('AGENCY_WRITE')")
	@Transactional
	public ContractTemplateView currentTemplate(String language) {
		return latest(language).toView();
	}

	/** The form of a new version in one language, starting from the current wording. */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public ContractTemplateCommand newTemplateVersion(String language) {
		ContractTemplate current = latest(language);
		return new ContractTemplateCommand(current.language(), current.title(), current.attendance(),
				current.participation(), current.behaviour(), current.fee(), current.violenceReporting(),
				current.consequences());
	}

	/** Writes a new version of the contract in one language. */
	@PreAuthorize("hasAuthority('AGENCY_WRITE')")
	@Transactional
	public ContractTemplateView writeTemplate(@Valid ContractTemplateCommand command) {
		ContractTemplate previous = latest(command.language());
		ContractTemplate template = save(command, previous.versionNumber() + 1, CurrentActor.require().username());
		return template.toView();
	}

	/**
	 * Generates the contract of an eligible participant whose screening is complete, or
	 * generates it anew while it is unsigned.
	 * @throws ContractRefused when the participant is not ready for a contract
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public ContractView generate(ParticipantId participantId, @Valid ContractCommand command) {
		ParticipantDetails participant = this.participants.get(participantId);
		requireReadyToEnrol(participantId, participant);
		ContractTemplate template = latest(command.language());
		Actor actor = CurrentActor.require();
		String text = render(template, participant, command);
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		Optional<ParticipantContract> existing = this.contracts.findByParticipantId(participantId.value());
		ParticipantContract contract;
		if (existing.isPresent()) {
			contract = existing.get();
			if (contract.isSigned()) {
				throw new ContractRefused(Map.of("*", "contract.error.signed"));
			}
			contract.regenerate(template, command.sessionsRequired(), command.feePerSession(), text, now,
					actor.username());
		}
		else {
			contract = ParticipantContract.generate(actor.agencyId().value(), participantId.value(), template,
					command.sessionsRequired(), command.feePerSession(), text, now, actor.username());
		}
		ParticipantContract saved;
		try {
			saved = this.contracts.save(contract);
		}
		catch (DbActionExecutionException ex) {
			if (ex.getCause() instanceof DuplicateKeyException) {
				// Someone generated this participant's contract at the same moment.
				throw new OptimisticLockingFailureException("Contract of " + participantId + " generated concurrently",
						ex);
			}
			throw ex;
		}
		this.audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, RECORD_TYPE,
				saved.id().toString(), "participant=" + participantId + ", generated, template=" + template.language()
						+ " v" + template.versionNumber());
		return saved.toView(template.versionNumber());
	}

	/** The participant's contract, if one was generated. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public Optional<ContractView> find(ParticipantId participantId) {
		return this.contracts.findByParticipantId(participantId.value()).map((contract) -> {
			this.audit.record(AuditAction.READ, RECORD_TYPE, contract.id().toString(), "participant=" + participantId);
			return contract.toView(templateVersion(contract));
		});
	}

	/**
	 * Records the signing: the participant's written name, and a signature drawn on
	 * screen or a signed scan. The participant is enrolled and the program starts on the
	 * given date (501.115(b)(11)(C)-(D)).
	 * @throws ContractRefused naming what is wrong; nothing is saved
	 * @throws OptimisticLockingFailureException when the contract changed after it was
	 * read
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public ContractView sign(ParticipantId participantId, long version, @Valid SigningCommand command, byte[] scan,
			String scanFilename) {
		ParticipantDetails participant = this.participants.get(participantId);
		ParticipantContract contract = this.contracts.findByParticipantId(participantId.value())
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, participantId));
		if (contract.isSigned()) {
			throw new ContractRefused(Map.of("*", "contract.error.signed"));
		}
		if (contract.version() != version) {
			throw new OptimisticLockingFailureException("Contract of " + participantId + " changed after it was read");
		}
		requireReadyToEnrol(participantId, participant);
		Map<String, String> problems = new LinkedHashMap<>();
		if (command.signedOn().isBefore(contract.generatedOn())) {
			problems.put("signedOn", "contract.error.signedBeforeGenerated");
		}
		if (!sameName(command.signerName(), participant.firstName() + " " + participant.lastName())) {
			problems.put("signerName", "contract.error.signerName");
		}
		byte[] drawn = drawnSignature(command.signatureDataUrl(), problems);
		String scanType = (scan != null && scan.length > 0) ? scanType(scan, problems) : null;
		if (drawn == null && scanType == null && !problems.containsKey("signatureDataUrl")
				&& !problems.containsKey("scan")) {
			problems.put("signatureDataUrl", "contract.error.signatureMissing");
		}
		if (!problems.isEmpty()) {
			throw new ContractRefused(problems);
		}
		contract.sign(command.signedOn(), command.signerName().strip(), drawn, (scanType != null) ? scan : null,
				scanType, CurrentActor.require().username());
		ParticipantContract saved = this.contracts.save(contract);
		this.participants.enroll(participantId, command.signedOn(), command.programStartDate());
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, saved.id().toString(),
				"participant=" + participantId + ", signed" + ((drawn != null) ? ", drawn" : "")
						+ ((scanType != null) ? ", scan " + scanType + " " + safeName(scanFilename) : ""));
		return saved.toView(templateVersion(saved));
	}

	/** The drawn signature as PNG, or the signed scan, for showing and printing. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public Optional<SignatureFile> signatureFile(ParticipantId participantId, boolean scan) {
		return this.contracts.findByParticipantId(participantId.value()).flatMap((contract) -> {
			byte[] bytes = scan ? contract.scan() : contract.signaturePng();
			if (bytes == null) {
				return Optional.empty();
			}
			this.audit.record(AuditAction.READ, RECORD_TYPE + (scan ? "-scan" : "-signature"), contract.id().toString(),
					"participant=" + participantId);
			return Optional.of(new SignatureFile(bytes, scan ? contract.scanContentType() : "image/png"));
		});
	}

	private void requireReadyToEnrol(ParticipantId participantId, ParticipantDetails participant) {
		if (!this.screenings.summary(participantId).complete()) {
			throw new ContractRefused(Map.of("*", "contract.error.screening"));
		}
		if (participant.stage() != ProgramStage.ELIGIBLE) {
			throw new ContractRefused(Map.of("*", "contract.error.notEligible"));
		}
	}

	private ContractTemplate latest(String language) {
		return this.templates.findFirstByLanguageOrderByVersionNumberDesc(language).orElseGet(() -> {
			try {
				return save(builtIn(language), 1, "system");
			}
			catch (DbActionExecutionException | DuplicateKeyException ex) {
				if (ex instanceof DuplicateKeyException || ex.getCause() instanceof DuplicateKeyException) {
					// Another request wrote the agency's first template at the same
					// moment.
					throw new OptimisticLockingFailureException(
							"Contract template " + language + " created concurrently", ex);
				}
				throw ex;
			}
		});
	}

	private ContractTemplate save(ContractTemplateCommand command, int versionNumber, String username) {
		ContractTemplate template = new ContractTemplate(UUID.randomUUID(), CurrentActor.require().agencyId().value(),
				command.language(), versionNumber, command.title().strip(), command.attendance().strip(),
				command.participation().strip(), command.behaviour().strip(), command.fee().strip(),
				command.violenceReporting().strip(), command.consequences().strip(),
				Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS), username);
		// Templates are written once and never updated: insert, not save.
		this.aggregates.insert(template);
		this.audit.record(AuditAction.CREATE, "contract-template", template.id().toString(),
				"language=" + template.language() + ", version=" + versionNumber);
		return template;
	}

	private int templateVersion(ParticipantContract contract) {
		return this.templates.findById(contract.templateId()).map(ContractTemplate::versionNumber).orElse(0);
	}

	private String render(ContractTemplate template, ParticipantDetails participant, ContractCommand command) {
		String program = this.agencies.currentAgency().map(AgencyProfile::name).orElse("");
		String fee = "$" + command.feePerSession().setScale(2, RoundingMode.HALF_UP).toPlainString();
		Map<String, String> values = Map.of("{participant}", participant.firstName() + " " + participant.lastName(),
				"{sessions}", String.valueOf(command.sessionsRequired()), "{fee}", fee, "{program}", program);
		StringBuilder text = new StringBuilder(fill(template.title(), values)).append("\n\n");
		String[] clauses = { template.attendance(), template.participation(), template.behaviour(), template.fee(),
				template.violenceReporting(), template.consequences() };
		for (int i = 0; i < clauses.length; i++) {
			text.append(i + 1).append(". ").append(fill(clauses[i], values)).append("\n\n");
		}
		return text.toString().strip();
	}

	private static String fill(String clause, Map<String, String> values) {
		String filled = clause;
		for (Map.Entry<String, String> value : values.entrySet()) {
			filled = filled.replace(value.getKey(), value.getValue());
		}
		return filled;
	}

	private static ContractTemplateCommand builtIn(String language) {
		Properties wording = new Properties();
		try (InputStream in = new ClassPathResource("contract/default-" + language + ".properties").getInputStream();
				InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			wording.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ContractTemplateCommand(language, wording.getProperty("title"), wording.getProperty("attendance"),
				wording.getProperty("participation"), wording.getProperty("behaviour"), wording.getProperty("fee"),
				wording.getProperty("violenceReporting"), wording.getProperty("consequences"));
	}

	private static boolean sameName(String written, String expected) {
		return normalise(written).equals(normalise(expected));
	}

	private static String normalise(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static byte[] drawnSignature(String dataUrl, Map<String, String> problems) {
		if (dataUrl == null || dataUrl.isBlank()) {
			return null;
		}
		String prefix = "data:image/png;base64,";
		try {
			byte[] png = dataUrl.startsWith(prefix) ? Base64.getDecoder().decode(dataUrl.substring(prefix.length()))
					: new byte[0];
			if (!startsWith(png, PNG) || png.length > SIGNATURE_LIMIT) {
				problems.put("signatureDataUrl", "contract.error.signatureInvalid");
				return null;
			}
			return png;
		}
		catch (IllegalArgumentException ex) {
			problems.put("signatureDataUrl", "contract.error.signatureInvalid");
			return null;
		}
	}

	private static String scanType(byte[] scan, Map<String, String> problems) {
		if (scan.length > SCAN_LIMIT) {
			problems.put("scan", "contract.error.scanTooLarge");
			return null;
		}
		// The bytes decide, never the declared type or the file name.
		Optional<String> type = ScanContent.mediaType(scan);
		if (type.isEmpty()) {
			problems.put("scan", "contract.error.scanType");
			return null;
		}
		return type.get();
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
	}

	/**
	 * The uploaded file's name as audit metadata only: its last path segment, letters,
	 * digits, dot, dash and underscore, at most 80 characters. It never names a file: the
	 * scan is stored in the contract's row.
	 */
	static String safeName(String filename) {
		if (filename == null) {
			return "";
		}
		String last = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
		String safe = last.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("\\.{2,}", "_");
		return (safe.length() > 80) ? safe.substring(0, 80) : safe;
	}

	/** A stored signature image or scan with its media type. */
	public record SignatureFile(byte[] bytes, String contentType) {

		public SignatureFile {
			bytes = bytes.clone();
		}

		@Override
		public byte[] bytes() {
			return this.bytes.clone();
		}

	}

}

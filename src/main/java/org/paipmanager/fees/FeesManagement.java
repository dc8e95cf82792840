package org.paipmanager.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.fees.domain.FeeAdjustment;
import org.paipmanager.fees.domain.FeeBand;
import org.paipmanager.fees.domain.FeeCalculation;
import org.paipmanager.fees.domain.FeeScale;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Fees (PRG-7): the agency fee policy with its sliding scale (501.270), written by the
 * director as dated versions; each participant's assessment, and an append-only ledger of
 * charges, payments with sequential receipts, and waivers. Session charges follow
 * attendance by themselves (see {@link SessionAttendanceCharges}). The fee per session
 * belongs in the contract (501.155) and the month's figures in the monthly report to the
 * referral source.
 */
@Service
@Validated
public class FeesManagement {

	static final String LEDGER = "fee-ledger";

	static final String POLICY = "fee-policy";

	private final FeePolicies policies;

	private final FeeLedger ledger;

	private final ParticipantManagement participants;

	private final AuditLog audit;

	private final Clock clock;

	FeesManagement(FeePolicies policies, FeeLedger ledger, ParticipantManagement participants, AuditLog audit,
			Clock clock) {
		this.policies = policies;
		this.ledger = ledger;
		this.participants = participants;
		this.audit = audit;
		this.clock = clock;
	}

	/** The policy in effect today, if the agency has one. */
	@PreAuthorize("hasAuthority('FEES_READ')")
	@Transactional(readOnly = true)
	public Optional<FeePolicyView> currentPolicy() {
		return this.policies.inEffectOn(LocalDate.now(this.clock)).or(this.policies::latest);
	}

	/** Every version of the policy, newest first. */
	@PreAuthorize("hasAuthority('FEES_READ')")
	@Transactional(readOnly = true)
	public List<FeePolicyView> policyVersions() {
		return this.policies.all();
	}

	/** A form for the next version, starting from the latest. */
	@PreAuthorize("hasAuthority('FEES_WRITE') and hasAuthority('AGENCY_WRITE')")
	@Transactional(readOnly = true)
	public FeePolicyCommand newPolicyVersion() {
		return this.policies.latest()
			.map((latest) -> new FeePolicyCommand(LocalDate.now(this.clock), latest.minimumFee(),
					latest.waiverRequirements(), latest.participantText(), latest.versionNumber(), latest.bands()))
			.orElseGet(() -> new FeePolicyCommand(LocalDate.now(this.clock), null, null, null, 0, List.of()));
	}

	/**
	 * Writes a new version of the fee policy; earlier versions stay as they were.
	 * @throws FeesRefused naming each band or field that is wrong (gaps, overlaps);
	 * nothing is saved
	 * @throws OptimisticLockingFailureException when someone wrote a version after the
	 * form was read
	 */
	@PreAuthorize("hasAuthority('FEES_WRITE') and hasAuthority('AGENCY_WRITE')")
	@Transactional
	public FeePolicyView writePolicy(@Valid FeePolicyCommand command) {
		Optional<FeePolicyView> latest = this.policies.latest();
		int current = latest.map(FeePolicyView::versionNumber).orElse(0);
		if (command.basedOnVersion() == null || command.basedOnVersion() != current) {
			throw new OptimisticLockingFailureException("The fee policy changed after the form was read");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		List<FeePolicyCommand.Band> bands = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < command.bands().size(); i++) {
			FeePolicyCommand.Band band = command.bands().get(i);
			if (band.isBlank()) {
				continue;
			}
			for (String field : List.of("householdFrom", "incomeFrom", "fee")) {
				Object value = switch (field) {
					case "householdFrom" -> band.householdFrom();
					case "incomeFrom" -> band.incomeFrom();
					default -> band.fee();
				};
				if (value == null) {
					problems.put("bands[" + i + "]." + field, "validation.required");
				}
			}
			bands.add(band);
			rows.add(i);
		}
		if (latest.isPresent() && command.effectiveFrom().isBefore(latest.get().effectiveFrom())) {
			problems.put("effectiveFrom", "fees.policy.effectiveBefore");
		}
		if (problems.isEmpty()) {
			List<FeeBand> scale = bands.stream()
				.map((band) -> new FeeBand(band.householdFrom(), band.householdTo(), band.incomeFrom(), band.incomeTo(),
						band.fee()))
				.toList();
			// The scale names bands by their place among the filled rows; the form by
			// row.
			FeeScale.problems(scale, command.minimumFee())
				.forEach((field, key) -> problems.put(rowField(field, rows), key));
		}
		if (!problems.isEmpty()) {
			throw new FeesRefused(problems);
		}
		Actor actor = CurrentActor.require();
		UUID id;
		try {
			id = this.policies.insert(actor, current + 1, command, bands,
					Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
		}
		catch (DuplicateKeyException ex) {
			throw new OptimisticLockingFailureException("Another fee policy version was written at the same moment",
					ex);
		}
		this.audit.record(AuditAction.CREATE, POLICY, id.toString(),
				"version=" + (current + 1) + ", effective " + command.effectiveFrom() + ", bands=" + bands.size());
		return this.policies.byId(id).orElseThrow();
	}

	/**
	 * What the scale of the policy in effect on the day gives, without recording
	 * anything.
	 */
	@PreAuthorize("hasAuthority('FEES_READ')")
	@Transactional(readOnly = true)
	public Optional<FeeCalculation> calculate(LocalDate on, int householdSize, BigDecimal monthlyIncome) {
		return this.policies.inEffectOn(on)
			.map((policy) -> FeePolicies.scale(policy).assess(householdSize, monthlyIncome, FeeAdjustment.NONE, null));
	}

	/**
	 * Records a participant's fee assessment under the policy in effect on its date; the
	 * fee per session applies to sessions from that date.
	 * @throws FeesRefused when there is no policy, or a reduction or waiver lacks its
	 * reason or percentage; nothing is saved
	 */
	@PreAuthorize("hasAuthority('FEES_WRITE')")
	@Transactional
	public FeeAssessmentView assess(ParticipantId participantId, @Valid FeeAssessmentCommand command) {
		this.participants.get(participantId);
		Map<String, String> problems = new LinkedHashMap<>();
		if (command.adjustment() != FeeAdjustment.NONE
				&& (command.adjustmentReason() == null || command.adjustmentReason().isBlank())) {
			problems.put("adjustmentReason", "fees.adjustment.reasonRequired");
		}
		if (command.adjustment() == FeeAdjustment.REDUCTION && command.reductionPercent() == null) {
			problems.put("reductionPercent", "fees.reduction.range");
		}
		Optional<FeePolicyView> policy = this.policies.inEffectOn(command.assessedOn());
		if (policy.isEmpty()) {
			problems.put("*", "fees.assessment.noPolicy");
		}
		if (!problems.isEmpty()) {
			throw new FeesRefused(problems);
		}
		FeeCalculation calculation = FeePolicies.scale(policy.get())
			.assess(command.householdSize(), command.monthlyIncome(), command.adjustment(), command.reductionPercent());
		Actor actor = CurrentActor.require();
		UUID id = this.ledger.insertAssessment(actor, participantId, policy.get().id(), command, calculation);
		this.audit.record(AuditAction.CREATE, "fee-assessment", id.toString(), "participant=" + participantId
				+ ", fee per session=" + calculation.feePerSession() + ", adjustment=" + command.adjustment());
		return this.ledger.latestAssessment(participantId).orElseThrow();
	}

	/**
	 * A participant's ledger: assessment, entries with running balance, balance owed.
	 * @throws RecordNotFoundException when the participant is not this agency's
	 */
	@PreAuthorize("hasAuthority('FEES_READ')")
	@Transactional
	public FeeLedgerView ledger(ParticipantId participantId) {
		this.participants.get(participantId);
		FeeLedgerView ledger = read(participantId);
		this.audit.record(AuditAction.READ, LEDGER, participantId.toString(), "entries=" + ledger.entries().size());
		return ledger;
	}

	/**
	 * The ledger for the participant file, which has already read (and audited) the
	 * participant: the read is audited when there is an assessment or an entry to read.
	 */
	@PreAuthorize("hasAuthority('FEES_READ')")
	@Transactional
	public FeeLedgerView ledgerInFile(ParticipantId participantId) {
		FeeLedgerView ledger = read(participantId);
		if (ledger.assessment() != null || !ledger.entries().isEmpty()) {
			this.audit.record(AuditAction.READ, LEDGER, participantId.toString(),
					"participant file, entries=" + ledger.entries().size());
		}
		return ledger;
	}

	private FeeLedgerView read(ParticipantId participantId) {
		List<LedgerEntryView> entries = this.ledger.entries(participantId);
		BigDecimal balance = entries.isEmpty() ? BigDecimal.ZERO.setScale(2) : entries.getLast().balanceAfter();
		LedgerEntryView lastPayment = entries.reversed()
			.stream()
			.filter((entry) -> entry.kind() == LedgerEntryKind.PAYMENT)
			.findFirst()
			.orElse(null);
		return new FeeLedgerView(participantId,
				this.ledger.assessmentOn(participantId, LocalDate.now(this.clock))
					.or(() -> this.ledger.latestAssessment(participantId))
					.orElse(null),
				entries, balance, lastPayment);
	}

	/**
	 * Records a payment and issues the agency's next receipt number.
	 * @return the receipt
	 */
	@PreAuthorize("hasAuthority('FEES_WRITE')")
	@Transactional
	public ReceiptView recordPayment(ParticipantId participantId, @Valid PaymentCommand command) {
		this.participants.get(participantId);
		Actor actor = CurrentActor.require();
		long number = this.ledger.nextReceiptNumber(actor);
		String note = blankToNull(command.paymentNote());
		UUID id = this.ledger.append(actor, new FeeLedger.NewEntry(participantId, LedgerEntryKind.PAYMENT,
				command.paidOn(), command.amountPaid().negate(), note, null, command.method(), number, null, null));
		this.audit.record(AuditAction.CREATE, LEDGER, id.toString(), "participant=" + participantId + ", payment "
				+ command.amountPaid() + " " + command.method() + ", receipt " + number);
		return receipt(participantId, number);
	}

	/** Records a charge entered by hand, such as materials. */
	@PreAuthorize("hasAuthority('FEES_WRITE')")
	@Transactional
	public UUID recordCharge(ParticipantId participantId, @Valid ChargeCommand command) {
		this.participants.get(participantId);
		UUID id = this.ledger.append(CurrentActor.require(),
				new FeeLedger.NewEntry(participantId, LedgerEntryKind.OTHER_CHARGE, command.chargedOn(),
						command.chargeAmount(), command.chargeDescription().strip(), null, null, null, null, null));
		this.audit.record(AuditAction.CREATE, LEDGER, id.toString(),
				"participant=" + participantId + ", charge " + command.chargeAmount());
		return id;
	}

	/**
	 * Waives part or all of what a participant owes, with the reason (501.270).
	 * @throws FeesRefused when the amount is more than the balance owed; nothing is saved
	 */
	@PreAuthorize("hasAuthority('FEES_WRITE')")
	@Transactional
	public UUID waive(ParticipantId participantId, @Valid WaiverCommand command) {
		this.participants.get(participantId);
		if (command.waivedAmount().compareTo(this.ledger.balance(participantId)) > 0) {
			throw new FeesRefused(Map.of("waivedAmount", "fees.waiver.moreThanOwed"));
		}
		UUID id = this.ledger.append(CurrentActor.require(),
				new FeeLedger.NewEntry(participantId, LedgerEntryKind.WAIVER, command.waivedOn(),
						command.waivedAmount().negate(), null, null, null, null, null, command.waiverReason().strip()));
		this.audit.record(AuditAction.CREATE, LEDGER, id.toString(),
				"participant=" + participantId + ", waiver " + command.waivedAmount());
		return id;
	}

	/**
	 * Reverses a charge entered by hand, a payment or a waiver with a new entry that
	 * cancels it; session charges follow attendance instead.
	 * @throws FeesRefused when the entry cannot be reversed, or the reversal would be
	 * dated before it; nothing is saved
	 */
	@PreAuthorize("hasAuthority('FEES_WRITE')")
	@Transactional
	public UUID reverse(ParticipantId participantId, @Valid ReversalCommand command) {
		this.participants.get(participantId);
		LedgerEntryView entry = new FeeLedgerView(participantId, null, this.ledger.entries(participantId),
				BigDecimal.ZERO, null)
			.reversible()
			.stream()
			.filter((candidate) -> candidate.id().equals(command.entryId()))
			.findFirst()
			.orElseThrow(() -> new FeesRefused(Map.of("entryId", "fees.reversal.notReversible")));
		if (command.reversedOn().isBefore(entry.entryDate())) {
			throw new FeesRefused(Map.of("reversedOn", "fees.reversal.beforeEntry"));
		}
		UUID id = this.ledger.append(CurrentActor.require(),
				new FeeLedger.NewEntry(participantId, LedgerEntryKind.REVERSAL, command.reversedOn(),
						entry.amount().negate(), null, null, null, null, entry.id(), command.reversalReason().strip()));
		this.audit.record(AuditAction.CREATE, LEDGER, id.toString(),
				"participant=" + participantId + ", reverses " + entry.kind() + " " + entry.id());
		return id;
	}

	/**
	 * A payment's receipt, with the balance left after it.
	 * @throws RecordNotFoundException when the participant has no such receipt
	 */
	@PreAuthorize("hasAuthority('FEES_READ')")
	@Transactional
	public ReceiptView receipt(ParticipantId participantId, long receiptNumber) {
		ParticipantDetails participant = this.participants.get(participantId);
		FeeLedger.ReceiptRow row = this.ledger.receipt(participantId, receiptNumber)
			.orElseThrow(() -> new RecordNotFoundException("fee receipt", receiptNumber));
		BigDecimal balanceAfter = this.ledger.entries(participantId)
			.stream()
			.filter((entry) -> entry.id().equals(row.entryId()))
			.findFirst()
			.map(LedgerEntryView::balanceAfter)
			.orElseThrow();
		this.audit.record(AuditAction.READ, LEDGER + "-receipt", row.entryId().toString(),
				"participant=" + participantId + ", receipt " + receiptNumber);
		return new ReceiptView(receiptNumber, participantId, participant.firstName() + " " + participant.lastName(),
				participant.caseNumber(), row.paidOn(), row.amount(), row.method(), row.note(), row.receivedBy(),
				balanceAfter);
	}

	/**
	 * A participant's fees for one month, for the monthly report to the referral source:
	 * charged, paid and waived in the month and the balance owed at its end.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public MonthlyFeeStatement monthlyStatement(ParticipantId participantId, YearMonth month) {
		this.participants.get(participantId);
		Map<String, BigDecimal> sums = this.ledger.sums(participantId, month.atDay(1), month.atEndOfMonth());
		BigDecimal opening = sums.get("opening");
		BigDecimal charged = sums.get("charged");
		BigDecimal paid = sums.get("paid");
		BigDecimal waived = sums.get("waived");
		this.audit.record(AuditAction.READ, LEDGER + "-statement", participantId.toString(), "month=" + month);
		return new MonthlyFeeStatement(participantId, month, opening, charged, paid, waived,
				opening.add(charged).subtract(paid).subtract(waived), FeeCalculation.SECTION);
	}

	/**
	 * The fee per session a participant is assessed today, for the contract (501.155);
	 * empty before any assessment.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public Optional<BigDecimal> feePerSession(ParticipantId participantId) {
		Optional<BigDecimal> fee = this.ledger.assessmentOn(participantId, LocalDate.now(this.clock))
			.map(FeeAssessmentView::feePerSession);
		fee.ifPresent((found) -> this.audit.record(AuditAction.READ, "fee-assessment", participantId.toString(),
				"fee per session"));
		return fee;
	}

	private static String rowField(String field, List<Integer> rows) {
		if (!field.startsWith("bands[")) {
			return field;
		}
		int close = field.indexOf(']');
		int index = Integer.parseInt(field.substring("bands[".length(), close));
		return "bands[" + rows.get(index) + field.substring(close);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

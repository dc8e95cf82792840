package org.paipmanager.fees.rest;

import java.net.URI;
import java.time.YearMonth;

import jakarta.validation.Valid;

import org.paipmanager.fees.ChargeCommand;
import org.paipmanager.fees.FeeAssessmentCommand;
import org.paipmanager.fees.FeeAssessmentView;
import org.paipmanager.fees.FeeLedgerView;
import org.paipmanager.fees.FeePolicyCommand;
import org.paipmanager.fees.FeePolicyView;
import org.paipmanager.fees.FeesManagement;
import org.paipmanager.fees.MonthlyFeeStatement;
import org.paipmanager.fees.PaymentCommand;
import org.paipmanager.fees.ReceiptView;
import org.paipmanager.fees.ReversalCommand;
import org.paipmanager.fees.WaiverCommand;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fees as JSON (PRG-7): the agency fee policy, and a participant's ledger, balance,
 * assessment, payments with receipts, charges, waivers and monthly statement.
 */
@RestController
class FeesApi {

	private final FeesManagement fees;

	FeesApi(FeesManagement fees) {
		this.fees = fees;
	}

	@GetMapping("/api/fees/policy")
	FeePolicyView policy() {
		return this.fees.currentPolicy().orElseThrow(() -> new RecordNotFoundException("fee policy", "current"));
	}

	@PostMapping("/api/fees/policy")
	ResponseEntity<FeePolicyView> writePolicy(@Valid @RequestBody FeePolicyCommand policy) {
		return ResponseEntity.created(URI.create("/api/fees/policy")).body(this.fees.writePolicy(policy));
	}

	@GetMapping("/api/participants/{id}/fees")
	FeeLedgerView ledger(@PathVariable ParticipantId id) {
		return this.fees.ledger(id);
	}

	@PostMapping("/api/participants/{id}/fees/assessments")
	ResponseEntity<FeeAssessmentView> assess(@PathVariable ParticipantId id,
			@Valid @RequestBody FeeAssessmentCommand assessment) {
		return ResponseEntity.created(URI.create("/api/participants/" + id + "/fees"))
			.body(this.fees.assess(id, assessment));
	}

	@PostMapping("/api/participants/{id}/fees/payments")
	ResponseEntity<ReceiptView> pay(@PathVariable ParticipantId id, @Valid @RequestBody PaymentCommand payment) {
		ReceiptView receipt = this.fees.recordPayment(id, payment);
		return ResponseEntity
			.created(URI.create("/api/participants/" + id + "/fees/receipts/" + receipt.receiptNumber()))
			.body(receipt);
	}

	@GetMapping("/api/participants/{id}/fees/receipts/{number}")
	ReceiptView receipt(@PathVariable ParticipantId id, @PathVariable long number) {
		return this.fees.receipt(id, number);
	}

	@PostMapping("/api/participants/{id}/fees/charges")
	ResponseEntity<FeeLedgerView> charge(@PathVariable ParticipantId id, @Valid @RequestBody ChargeCommand charge) {
		this.fees.recordCharge(id, charge);
		return ResponseEntity.created(URI.create("/api/participants/" + id + "/fees")).body(this.fees.ledger(id));
	}

	@PostMapping("/api/participants/{id}/fees/waivers")
	ResponseEntity<FeeLedgerView> waive(@PathVariable ParticipantId id, @Valid @RequestBody WaiverCommand waiver) {
		this.fees.waive(id, waiver);
		return ResponseEntity.created(URI.create("/api/participants/" + id + "/fees")).body(this.fees.ledger(id));
	}

	@PostMapping("/api/participants/{id}/fees/reversals")
	ResponseEntity<FeeLedgerView> reverse(@PathVariable ParticipantId id,
			@Valid @RequestBody ReversalCommand reversal) {
		this.fees.reverse(id, reversal);
		return ResponseEntity.created(URI.create("/api/participants/" + id + "/fees")).body(this.fees.ledger(id));
	}

	@GetMapping("/api/participants/{id}/fees/statement")
	MonthlyFeeStatement statement(@PathVariable ParticipantId id, @RequestParam YearMonth month) {
		return this.fees.monthlyStatement(id, month);
	}

}

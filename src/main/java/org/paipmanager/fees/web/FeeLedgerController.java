package org.paipmanager.fees.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.paipmanager.fees.ChargeCommand;
import org.paipmanager.fees.FeeAssessmentCommand;
import org.paipmanager.fees.FeePolicyView;
import org.paipmanager.fees.FeesManagement;
import org.paipmanager.fees.PaymentCommand;
import org.paipmanager.fees.PaymentMethod;
import org.paipmanager.fees.ReceiptView;
import org.paipmanager.fees.ReversalCommand;
import org.paipmanager.fees.WaiverCommand;
import org.paipmanager.fees.domain.FeeAdjustment;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.FormChange;
import org.paipmanager.shared.ParticipantId;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's fee ledger page: the assessment, every charge, payment and waiver with
 * the running balance, and the forms to assess, record a payment, a charge or a waiver;
 * and each payment's printable receipt.
 */
@Controller
@RequestMapping("/participants/{id}/fees")
class FeeLedgerController {

	private final FeesManagement fees;

	private final ParticipantManagement participants;

	private final Clock clock;

	private final ReceiptPdf pdf;

	FeeLedgerController(FeesManagement fees, ParticipantManagement participants, Clock clock, ReceiptPdf pdf) {
		this.pdf = pdf;
		this.fees = fees;
		this.participants = participants;
		this.clock = clock;
	}

	@GetMapping
	String page(@PathVariable ParticipantId id, Model model) {
		return render(id, model);
	}

	@PostMapping("/assessment")
	String assess(@PathVariable ParticipantId id, @Valid @ModelAttribute("assessment") FeeAssessmentCommand assessment,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return change(id, errors, model, redirect, () -> this.fees.assess(id, assessment), "fees.assessment.saved");
	}

	@PostMapping("/payments")
	String pay(@PathVariable ParticipantId id, @Valid @ModelAttribute("payment") PaymentCommand payment,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return render(id, model);
		}
		ReceiptView receipt = this.fees.recordPayment(id, payment);
		redirect.addFlashAttribute("receipt", receipt.receiptNumber());
		return "redirect:/participants/" + id + "/fees";
	}

	@PostMapping("/charges")
	String charge(@PathVariable ParticipantId id, @Valid @ModelAttribute("charge") ChargeCommand charge,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return change(id, errors, model, redirect, () -> this.fees.recordCharge(id, charge), "fees.charge.saved");
	}

	@PostMapping("/waivers")
	String waive(@PathVariable ParticipantId id, @Valid @ModelAttribute("waiver") WaiverCommand waiver,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return change(id, errors, model, redirect, () -> this.fees.waive(id, waiver), "fees.waiver.saved");
	}

	@PostMapping("/reversals")
	String reverse(@PathVariable ParticipantId id, @Valid @ModelAttribute("reversal") ReversalCommand reversal,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return change(id, errors, model, redirect, () -> this.fees.reverse(id, reversal), "fees.reversal.saved");
	}

	/**
	 * One change from the ledger page: saved and back to the ledger with a confirmation,
	 * or the page again with each refusal beside its field (501.270).
	 */
	private String change(ParticipantId id, BindingResult errors, Model model, RedirectAttributes redirect,
			Runnable change, String savedKey) {
		if (FormChange.saved(errors, model, null, change)) {
			redirect.addFlashAttribute("saved", savedKey);
			return "redirect:/participants/" + id + "/fees";
		}
		return render(id, model);
	}

	@GetMapping("/receipts/{number}")
	String receipt(@PathVariable ParticipantId id, @PathVariable long number, Model model) {
		model.addAttribute("receipt", this.fees.receipt(id, number));
		model.addAttribute("policy", this.fees.currentPolicy().orElse(null));
		return "fees/receipt";
	}

	@GetMapping("/receipts/{number}/pdf")
	ResponseEntity<byte[]> receiptPdf(@PathVariable ParticipantId id, @PathVariable long number, Locale locale) {
		ReceiptView receipt = this.fees.receipt(id, number);
		byte[] pdf = this.pdf.render(receipt,
				this.fees.currentPolicy().map(FeePolicyView::participantText).orElse(null), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("receipt-" + number + ".pdf").build().toString())
			.body(pdf);
	}

	private String render(ParticipantId id, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("participant", this.participants.get(id));
		model.addAttribute("ledger", this.fees.ledger(id));
		model.addAttribute("policy", this.fees.currentPolicy().orElse(null));
		if (!model.containsAttribute("assessment")) {
			model.addAttribute("assessment", FeeAssessmentCommand.blank(today));
		}
		if (!model.containsAttribute("payment")) {
			model.addAttribute("payment", PaymentCommand.blank(today));
		}
		if (!model.containsAttribute("charge")) {
			model.addAttribute("charge", ChargeCommand.blank(today));
		}
		if (!model.containsAttribute("reversal")) {
			model.addAttribute("reversal", ReversalCommand.blank(today));
		}
		if (!model.containsAttribute("waiver")) {
			model.addAttribute("waiver", WaiverCommand.blank(today));
		}
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("adjustments", FeeAdjustment.values());
		return "fees/ledger";
	}

}

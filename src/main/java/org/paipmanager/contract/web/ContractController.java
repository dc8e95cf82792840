package org.paipmanager.contract.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.paipmanager.contract.ContractCommand;
import org.paipmanager.contract.ContractManagement;
import org.paipmanager.contract.ContractManagement.SignatureFile;
import org.paipmanager.contract.ContractRefused;
import org.paipmanager.contract.SigningCommand;
import org.paipmanager.fees.FeesManagement;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contract page of a participant: generate the contract in the participant's
 * language, print it, and record the signing, drawn on screen or uploaded as a scan.
 */
@Controller
@RequestMapping("/participants/{id}/contract")
class ContractController {

	private final ContractManagement contracts;

	private final ParticipantManagement participants;

	private final Clock clock;

	private final FeesManagement fees;

	ContractController(ContractManagement contracts, ParticipantManagement participants, Clock clock,
			FeesManagement fees) {
		this.fees = fees;
		this.contracts = contracts;
		this.participants = participants;
		this.clock = clock;
	}

	@GetMapping
	String page(@PathVariable ParticipantId id, Model model) {
		return render(id, model);
	}

	@PostMapping("/generate")
	String generate(@PathVariable ParticipantId id, @Valid @ModelAttribute("generation") ContractCommand generation,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return render(id, model);
		}
		try {
			this.contracts.generate(id, generation);
		}
		catch (ContractRefused ex) {
			model.addAttribute("refused", ex.problems().get("*"));
			return render(id, model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			return render(id, model);
		}
		redirect.addFlashAttribute("generated", true);
		return "redirect:/participants/" + id + "/contract";
	}

	@PostMapping("/sign")
	String sign(@PathVariable ParticipantId id, @RequestParam long version,
			@Valid @ModelAttribute("signing") SigningCommand signing, BindingResult errors,
			@RequestParam(required = false) MultipartFile scan, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return render(id, model);
		}
		try {
			this.contracts.sign(id, version, signing, bytes(scan), (scan != null) ? scan.getOriginalFilename() : null);
		}
		catch (ContractRefused ex) {
			ex.problems().forEach((field, key) -> {
				if ("*".equals(field)) {
					model.addAttribute("refused", key);
				}
				else if ("scan".equals(field)) {
					model.addAttribute("scanProblem", key);
				}
				else {
					errors.rejectValue(field, key);
				}
			});
			return render(id, model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			return render(id, model);
		}
		redirect.addFlashAttribute("signed", true);
		return "redirect:/participants/" + id + "/contract";
	}

	@GetMapping("/signature")
	ResponseEntity<byte[]> signature(@PathVariable ParticipantId id) {
		return file(id, false);
	}

	@GetMapping("/scan")
	ResponseEntity<byte[]> scan(@PathVariable ParticipantId id) {
		return file(id, true);
	}

	private ResponseEntity<byte[]> file(ParticipantId id, boolean scan) {
		SignatureFile file = this.contracts.signatureFile(id, scan)
			.orElseThrow(() -> new RecordNotFoundException("contract signature", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(scan ? "signed-contract" : "signature").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	private String render(ParticipantId id, Model model) {
		ParticipantDetails participant = this.participants.get(id);
		model.addAttribute("participant", participant);
		model.addAttribute("contract", this.contracts.find(id).orElse(null));
		if (!model.containsAttribute("generation")) {
			// The fee the participant was assessed (501.270), for the contract (501.155).
			ContractCommand blank = ContractCommand.forLanguage(language(participant));
			model.addAttribute("generation", new ContractCommand(blank.language(), blank.sessionsRequired(),
					this.fees.feePerSession(id).orElse(null)));
		}
		if (!model.containsAttribute("signing")) {
			model.addAttribute("signing", SigningCommand.blank(LocalDate.now(this.clock)));
		}
		model.addAttribute("languages", new String[] { "en", "es" });
		return "contract/participant";
	}

	/** Spanish for those who asked for it at referral; English otherwise. */
	private static String language(ParticipantDetails participant) {
		String preferred = participant.preferredLanguage().toLowerCase(Locale.ROOT);
		return (preferred.startsWith("span") || preferred.startsWith("espa")) ? "es" : "en";
	}

	private static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package org.paipmanager.coordination.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.paipmanager.coordination.ExchangingReferrals;
import org.paipmanager.coordination.FhirEndpointCommand;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Which partner agencies take referrals as FHIR, at which base URL, with the token each
 * sends status updates with. A new token is shown once, in the answer to the request that
 * issued it: it is never stored in the session or anywhere else readable.
 */
@Controller
@RequestMapping("/coordination/fhir-partners")
class FhirPartnerController {

	private final ExchangingReferrals exchange;

	FhirPartnerController(ExchangingReferrals exchange) {
		this.exchange = exchange;
	}

	@GetMapping
	String page(Model model) {
		return render(model);
	}

	@PostMapping("/{partnerAgencyId}")
	String connect(@PathVariable UUID partnerAgencyId, @Valid @ModelAttribute("endpoint") FhirEndpointCommand endpoint,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("invalidFor", partnerAgencyId);
			return render(model);
		}
		model.addAttribute("issued", this.exchange.connect(partnerAgencyId, endpoint));
		model.addAttribute("endpoint", new FhirEndpointCommand(""));
		return render(model);
	}

	private String render(Model model) {
		model.addAttribute("partners", this.exchange.partners());
		if (!model.containsAttribute("endpoint")) {
			model.addAttribute("endpoint", new FhirEndpointCommand(""));
		}
		return "coordination/fhir-partners";
	}

}

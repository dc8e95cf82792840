package org.paipmanager.agency.web;

import org.paipmanager.agency.AgencyManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AgencyController {

	private final AgencyManagement agencies;

	AgencyController(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/agency")
	String profile(Model model) {
		model.addAttribute("agency", this.agencies.currentAgency().orElseThrow());
		model.addAttribute("partners", this.agencies.partnerAgencies());
		return "agency/profile";
	}

}

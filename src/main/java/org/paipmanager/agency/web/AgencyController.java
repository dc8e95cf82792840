package org.paipmanager.agency.web;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.DirectorySearch;
import org.paipmanager.agency.PartnerAgencyCategory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AgencyController {

	private final AgencyManagement agencies;

	AgencyController(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/agency")
	String profile(@RequestParam(required = false) PartnerAgencyCategory category,
			@RequestParam(required = false) String county, @RequestParam(required = false) String language,
			@RequestParam(required = false) String q, Model model) {
		model.addAttribute("agency", this.agencies.currentAgency().orElseThrow());
		model.addAttribute("search", new DirectorySearch(category, county, language, q));
		model.addAttribute("partners",
				this.agencies.searchDirectory(new DirectorySearch(category, county, language, q)));
		model.addAttribute("categories", PartnerAgencyCategory.values());
		return "agency/profile";
	}

}

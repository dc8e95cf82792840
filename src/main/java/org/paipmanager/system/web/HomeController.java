package org.paipmanager.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "system/home";
	}

	@GetMapping("/login")
	String signIn() {
		return "system/login";
	}

}

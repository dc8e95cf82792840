package org.paipmanager.system.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.paipmanager.shared.CurrentActor;
import org.paipmanager.staff.ChangingPasswords;
import org.paipmanager.staff.StaffChangeRefused;
import org.paipmanager.staff.domain.PasswordPolicy;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Choosing one's own password (OWASP ASVS 5.0 6.2, HIPAA 164.312(d), ADR 0028): at the
 * sign-in after a temporary password, before the second factor; and from the account menu
 * with the current password. Either ends every other session of the account and gives the
 * current one a new id (ASVS 5.0 7.4.3). Refusals are shown beside the field and change
 * nothing.
 */
@Controller
class PasswordController {

	static final String SIGN_IN_STEP = "/login/password";

	static final String OWN = "/account/password";

	private final ChangingPasswords passwords;

	private final SessionsOfRevokedAccounts sessions;

	private final SecurityContextRepository contextRepository;

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	PasswordController(ChangingPasswords passwords, SessionsOfRevokedAccounts sessions,
			SecurityContextRepository contextRepository) {
		this.passwords = passwords;
		this.sessions = sessions;
		this.contextRepository = contextRepository;
	}

	@GetMapping(SIGN_IN_STEP)
	String chooseForm(Authentication authentication, Model model) {
		if (!SignInAuthorities.changeRequired(authentication)) {
			return elsewhere(authentication);
		}
		rules(model);
		return "system/password-choose";
	}

	@PostMapping(SIGN_IN_STEP)
	String choose(@RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!SignInAuthorities.changeRequired(authentication)) {
			return elsewhere(authentication);
		}
		if (!(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
			return "redirect:/login";
		}
		try {
			CurrentActor.runAs(principal.actor(),
					() -> this.passwords.replaceTemporary(principal.accountId(), password, confirmation));
		}
		catch (StaffChangeRefused refused) {
			errors(model, refused.problems());
			rules(model);
			return "system/password-choose";
		}
		endOtherSessions(principal, request, "temporary password replaced");
		// On to the second factor: the stage that holds only the verified password.
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, SignInAuthorities.passwordOnly()));
		this.contextHolder.setContext(context);
		request.changeSessionId();
		this.contextRepository.saveContext(context, request, response);
		return "redirect:/login/totp";
	}

	@GetMapping(OWN)
	String changeForm(Model model) {
		rules(model);
		return "system/password-change";
	}

	@PostMapping(OWN)
	String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Authentication authentication,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
			return "redirect:/login";
		}
		try {
			this.passwords.changeOwn(principal.accountId(), current, password, confirmation);
		}
		catch (StaffChangeRefused refused) {
			errors(model, refused.problems());
			rules(model);
			return "system/password-change";
		}
		endOtherSessions(principal, request, "password changed");
		request.changeSessionId();
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + OWN;
	}

	/** ASVS 5.0 7.4.3: every other session of the account ends; this one goes on. */
	private void endOtherSessions(StaffPrincipal principal, HttpServletRequest request, String reason) {
		String current = request.getSession().getId();
		CurrentActor.runAs(principal.actor(),
				() -> this.sessions.endAllBut(principal.accountId(), principal.actor().username(), current, reason));
	}

	/** Someone with no temporary password to replace: where they are in signing in. */
	private static String elsewhere(Authentication authentication) {
		return "redirect:" + (SignInAuthorities.fullySignedIn(authentication) ? OWN : "/login/totp");
	}

	private static void rules(Model model) {
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
	}

	private static void errors(Model model, Map<String, String> problems) {
		model.addAttribute("currentError", problems.get("current"));
		model.addAttribute("passwordError", problems.get("password"));
		model.addAttribute("confirmationError", problems.get("confirmation"));
		model.addAttribute("formError", problems.get("*"));
	}

}

package org.paipmanager.system.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.StepUpVerified;
import org.paipmanager.staff.SignInAccount;
import org.paipmanager.staff.StaffAccounts;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Step-up re-authentication: a signed-in user re-enters a current TOTP code before a
 * sensitive area opens (the victim compartment for anyone but the victim liaison). The
 * proof lives in the session for {@link StepUpVerified#VALIDITY}. Codes are single-use
 * and failures count towards the sign-in lockout, as at sign-in.
 */
@Controller
class StepUpController {

	private final StaffAccounts accounts;

	private final AuditLog audit;

	private final SecurityContextRepository contextRepository;

	private final Clock clock;

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	StepUpController(StaffAccounts accounts, AuditLog audit, SecurityContextRepository contextRepository, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.contextRepository = contextRepository;
		this.clock = clock;
	}

	@GetMapping(StepUpVerified.PAGE)
	String form(@RequestParam(name = "continue", defaultValue = "/") String next,
			@RequestParam(required = false) String export, Model model) {
		model.addAttribute("next", safeTarget(next));
		model.addAttribute("export", export != null);
		return "system/step-up";
	}

	@PostMapping(StepUpVerified.PAGE)
	String verify(@RequestParam(defaultValue = "") String code,
			@RequestParam(name = "continue", defaultValue = "/") String next, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
			return "redirect:/login";
		}
		SignInAccount account = this.accounts.findById(principal.accountId()).orElseThrow();
		Instant now = Instant.now(this.clock);
		OptionalLong step = account.totpEnrolled() ? Totp.matchingStep(account.totpSecret(), code, now)
				: OptionalLong.empty();
		if (step.isPresent() && !account.lockedAt(now)
				&& this.accounts.useTotpStep(account.accountId(), step.getAsLong())) {
			List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities()
				.stream()
				.filter((authority) -> !(authority instanceof StepUpVerified))
				.toList());
			authorities.add(new StepUpVerified(now));
			SecurityContext context = this.contextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
			this.contextHolder.setContext(context);
			this.contextRepository.saveContext(context, request, response);
			this.audit.record(AuditAction.SIGN_IN, "account", account.accountId().toString(), "step-up");
			return "redirect:" + safeTarget(next);
		}
		this.accounts.recordFailedAttempt(account.accountId());
		this.audit.record(AuditAction.SIGN_IN_FAILED, "account", account.accountId().toString(), "step-up");
		SignInAccount after = this.accounts.findById(account.accountId()).orElseThrow();
		if (after.lockedAt(Instant.now(this.clock))) {
			new SecurityContextLogoutHandler().logout(request, response, authentication);
			return "redirect:/login?error";
		}
		model.addAttribute("next", safeTarget(next));
		model.addAttribute("codeError", true);
		return "system/step-up";
	}

	/** Only a path inside this application: never another host. */
	static String safeTarget(String next) {
		boolean local = next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") && !next.contains(":")
				&& next.chars().noneMatch(Character::isISOControl);
		return local ? next : "/";
	}

}

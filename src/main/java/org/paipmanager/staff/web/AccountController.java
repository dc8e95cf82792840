package org.paipmanager.staff.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.ManagingSignInAccounts;
import org.paipmanager.staff.StaffChangeRefused;
import org.paipmanager.staff.StaffManagement;
import org.paipmanager.staff.TemporaryPassword;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's sign-in account: create it with a temporary password, reset its
 * password, disable or enable it, change its roles. All but creating end every session
 * the account has open (ASVS 5.0 7.4.2, ADR 0023, ADR 0028). A temporary password is
 * shown once, in the answer to the request that issued it, never through the session.
 */
@Controller
@RequestMapping("/staff/{id}/account")
class AccountController {

	private final StaffManagement staff;

	private final ManagingSignInAccounts accounts;

	AccountController(StaffManagement staff, ManagingSignInAccounts accounts) {
		this.staff = staff;
		this.accounts = accounts;
	}

	@GetMapping
	String page(@PathVariable StaffId id, Model model) {
		model.addAttribute("member", this.staff.get(id));
		model.addAttribute("account", this.accounts.account(id).orElse(null));
		model.addAttribute("roles", List.of(Role.values()));
		// Disabling, resetting and roles are refused on one's own account: not offered.
		model.addAttribute("ownAccount", CurrentActor.get().map((actor) -> id.equals(actor.staffId())).orElse(false));
		return "staff/account";
	}

	@PostMapping
	String create(@PathVariable StaffId id, @RequestParam(defaultValue = "") String username,
			@RequestParam(name = "roles", required = false) List<String> roles, Model model) {
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		boolean unknownRole = !readRoles(roles, chosen);
		try {
			if (unknownRole) {
				chosen.clear();
			}
			TemporaryPassword issued = this.accounts.createAccount(id, username, chosen);
			model.addAttribute("issued", issued);
			model.addAttribute("saved", "account.created");
		}
		catch (StaffChangeRefused refused) {
			model.addAttribute("usernameError", refused.problems().get("username"));
			model.addAttribute("rolesError", refused.problems().get("roles"));
			model.addAttribute("refused", refused.problems().get("*"));
			model.addAttribute("username", username);
			model.addAttribute("chosenRoles", chosen);
		}
		return page(id, model);
	}

	@PostMapping("/password-reset")
	String resetPassword(@PathVariable StaffId id, @RequestParam(defaultValue = "false") boolean resetAuthenticator,
			@RequestParam(defaultValue = "-1") long version, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("issued", this.accounts.resetPassword(id, resetAuthenticator, version));
			model.addAttribute("saved", resetAuthenticator ? "account.resetWithAuthenticator" : "account.reset");
		}
		catch (StaffChangeRefused refused) {
			model.addAttribute("refused", refused.problems().values().iterator().next());
		}
		catch (OptimisticLockingFailureException conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
		}
		return page(id, model);
	}

	@PostMapping("/status")
	String status(@PathVariable StaffId id, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(defaultValue = "-1") long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.accounts.setEnabled(id, enabled, version);
		}
		catch (StaffChangeRefused refused) {
			model.addAttribute("refused", refused.problems().values().iterator().next());
			return page(id, model);
		}
		catch (OptimisticLockingFailureException conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return page(id, model);
		}
		redirect.addFlashAttribute("saved", enabled ? "account.enabledSaved" : "account.disabledSaved");
		return "redirect:/staff/" + id + "/account";
	}

	@PostMapping("/roles")
	String roles(@PathVariable StaffId id, @RequestParam(name = "roles", required = false) List<String> roles,
			@RequestParam(defaultValue = "-1") long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		if (!readRoles(roles, chosen)) {
			model.addAttribute("rolesError", "account.refused.noRole");
			return page(id, model);
		}
		try {
			this.accounts.changeRoles(id, chosen, version);
		}
		catch (StaffChangeRefused refused) {
			model.addAttribute("rolesError", refused.problems().get("roles"));
			model.addAttribute("refused", refused.problems().get("*"));
			return page(id, model);
		}
		catch (OptimisticLockingFailureException conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return page(id, model);
		}
		redirect.addFlashAttribute("saved", "account.rolesSaved");
		return "redirect:/staff/" + id + "/account";
	}

	/** Adds the named roles; false when a name is not a role. */
	private static boolean readRoles(List<String> names, Set<Role> into) {
		if (names == null) {
			return true;
		}
		for (String name : names) {
			try {
				into.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		return true;
	}

}

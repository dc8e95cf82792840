package org.paipmanager.staff.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.paipmanager.shared.RecordNotFoundException;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.staff.ManagingSignInAccounts;
import org.paipmanager.staff.StaffChangeRefused;
import org.paipmanager.staff.StaffManagement;

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
 * A staff member's sign-in account: disable or enable it, change its roles. Either ends
 * every session the account has open (ASVS 5.0 7.4.2, ADR 0023).
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
		model.addAttribute("account",
				this.accounts.account(id).orElseThrow(() -> new RecordNotFoundException("staff account", id)));
		model.addAttribute("roles", List.of(Role.values()));
		return "staff/account";
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
		if (roles != null) {
			for (String role : roles) {
				try {
					chosen.add(Role.valueOf(role));
				}
				catch (IllegalArgumentException ex) {
					model.addAttribute("rolesError", "account.refused.noRole");
					return page(id, model);
				}
			}
		}
		try {
			this.accounts.changeRoles(id, chosen, version);
		}
		catch (StaffChangeRefused refused) {
			model.addAttribute("rolesError", refused.problems().values().iterator().next());
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

}

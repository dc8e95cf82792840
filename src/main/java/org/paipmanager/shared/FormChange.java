package org.paipmanager.shared;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * One change made from a page form, the same way on every page: nothing happens when the
 * binding already refused the form; a {@link ChangeRefused} puts each of its messages
 * (which name the rule section) beside its field, or on the form as a whole; a stale
 * version ({@link OptimisticLockingFailureException}) sets the model's {@code conflict}
 * flag for the conflict banner and answers 409. The API answers the same two failures as
 * problem+json ({@code system.web.ApiProblems}).
 */
public final class FormChange {

	private FormChange() {
	}

	/**
	 * Makes the change unless the form has errors.
	 * @param response the response of a page that edits a versioned record; null where no
	 * version is involved, so that a conflict there stays the error it is
	 * @param change the change, returning something other than null
	 * @return what the change returned, empty when nothing was saved
	 */
	public static <T> Optional<T> attempt(BindingResult errors, Model model, HttpServletResponse response,
			Supplier<T> change) {
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(change.get());
		}
		catch (ChangeRefused refused) {
			refused.rejectOn(errors);
		}
		catch (OptimisticLockingFailureException ex) {
			if (response == null) {
				throw ex;
			}
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
		}
		return Optional.empty();
	}

	/**
	 * {@link #attempt(BindingResult, Model, HttpServletResponse, Supplier) attempt} of a
	 * change that returns nothing.
	 * @return whether it was saved
	 */
	public static boolean saved(BindingResult errors, Model model, HttpServletResponse response, Runnable change) {
		return attempt(errors, model, response, () -> {
			change.run();
			return Boolean.TRUE;
		}).isPresent();
	}

}

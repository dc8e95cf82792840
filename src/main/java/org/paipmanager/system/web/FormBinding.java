package org.paipmanager.system.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;

/**
 * Form binding that a malformed field name cannot turn into a server error.
 * <ul>
 * <li>A form bound to a record is bound through its constructor only. Without this the
 * binder, after constructing the record, also set request parameters as properties:
 * {@code bands[0]=x} wrote into the record's unmodifiable list and the request failed
 * (found by wapiti on the fee policy, curriculum and attendance forms). A record has
 * nothing left to set after its constructor.</li>
 * <li>A field name the form's class cannot have, such as an index on a number
 * ({@code version[0]}, found by Jazzer on the directory entry form), is a 400: the error
 * page for people, a problem document on the API.</li>
 * <li>So is a form whose record refuses to be built from what was sent, such as a list
 * with a gap ({@code criteriaNotMet[4]} alone leaves nulls the record does not take,
 * found by {@code FormBindingFuzzTests}).</li>
 * </ul>
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void bindRecordsThroughTheirConstructor(WebDataBinder binder) {
		ResolvableType type = binder.getTargetType();
		Object bound = binder.getTarget();
		Class<?> target = (type != null) ? type.resolve() : ((bound != null) ? bound.getClass() : null);
		if (target != null && target.isRecord()) {
			binder.setDeclarativeBinding(true);
		}
	}

	@ExceptionHandler({ InvalidPropertyException.class, BeanInstantiationException.class })
	ModelAndView unreadableFieldName(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemJson.write(response, HttpStatus.BAD_REQUEST, "The request names a field that does not exist.");
			return new ModelAndView();
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.BAD_REQUEST);
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.addObject("messageKey", "error.badRequest");
		return page;
	}

}

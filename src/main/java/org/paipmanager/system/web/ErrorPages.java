package org.paipmanager.system.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container sees ends here: a problem document for the API, a plain page
 * for people. Neither ever shows a stack trace or exception text.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// Asked for directly, with no error behind it: there is no such page.
		HttpStatus status = HttpStatus.resolve((code instanceof Integer value) ? value : 404);
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
			ProblemJson.write(response, status, detail(status));
			return null;
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey(status));
		return page;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "No such resource.";
			case FORBIDDEN -> "You do not have permission for this action.";
			case UNAUTHORIZED -> "Sign in to use the API.";
			case CONTENT_TOO_LARGE -> "The file is too large. Nothing was saved.";
			default -> status.is4xxClientError() ? "The request could not be processed."
					: "Something went wrong on our side. Nothing was saved.";
		};
	}

	private static String messageKey(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN -> "error.forbidden";
			case CONTENT_TOO_LARGE -> "error.tooLarge";
			default -> status.is4xxClientError() ? "error.badRequest" : "error.server";
		};
	}

}

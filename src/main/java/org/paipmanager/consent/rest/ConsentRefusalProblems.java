package org.paipmanager.consent.rest;

import java.util.List;
import java.util.Map;

import org.paipmanager.consent.ConsentRefusal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Wherever a consent rule refuses a record sent to the API (a release, an explanation, a
 * referral without a covering release), the client gets {@code application/problem+json}
 * naming the field, why, and the rule section behind it. Nothing was saved.
 */
@RestControllerAdvice(annotations = RestController.class)
class ConsentRefusalProblems {

	private final MessageSource messages;

	ConsentRefusalProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ConsentRefusal.class)
	ProblemDetail refused(ConsentRefusal refusal) {
		String message = this.messages.getMessage(refusal.messageKey(), new Object[] { refusal.section() },
				LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, message);
		problem.setTitle("Refused by the rules");
		problem.setProperty("section", refusal.section());
		problem.setProperty("errors", List.of(Map.of("field", refusal.field(), "message", message)));
		return problem;
	}

}

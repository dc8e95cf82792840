package org.paipmanager.system.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.paipmanager.shared.ChangeRefused;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures of JSON endpoints into {@code application/problem+json} with a message a
 * client can show, field by field for validation errors.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A change a module's rules refused: each problem with its message in the client's
	 * language.
	 */
	@ExceptionHandler(ChangeRefused.class)
	ProblemDetail refused(ChangeRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.summary());
		problem.setProperty("errors",
				ex.problems()
					.entrySet()
					.stream()
					.map((entry) -> Map.of("field", entry.getKey(), "message",
							this.messages.getMessage(entry.getValue(), null, LocaleContextHolder.getLocale())))
					.toList());
		return problem;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record.");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed this record after you read it. Read it again and reapply your change.");
		problem.setTitle("Edit conflict");
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail invalid(ConstraintViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are not valid. Nothing was saved.");
		problem.setProperty("errors",
				ex.getConstraintViolations()
					.stream()
					.map((violation) -> Map.of("field", leaf(violation.getPropertyPath().toString()), "message",
							violation.getMessage()))
					.toList());
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You do not have permission for this action.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are not valid. Nothing was saved.");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message",
					(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "invalid"))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON for this resource, or a value has the wrong type. Nothing was saved.");
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	private static String leaf(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

}

package org.paipmanager.system.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.BulkExport;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.StepUpVerified;
import org.paipmanager.system.web.ProblemJson;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a {@link BulkExport} handler run only within
 * {@link StepUpVerified#EXPORT_VALIDITY} of a step-up re-authentication (ASVS 5.0 7.5.3,
 * ADR 0023). A page request is sent to the step-up page and, once the code is accepted,
 * back to the export (a form post back to the page it came from); an API request gets a
 * 403 problem document of type {@link BulkExport#PROBLEM_TYPE}. Refusals and exports
 * alike go to the audit log (HIPAA 164.312(b), ASVS 5.0 16.3.2).
 */
@Configuration(proxyBeanMethods = false)
class BulkExportStepUp implements HandlerInterceptor, WebMvcConfigurer {

	private final AuditLog audit;

	private final Clock clock;

	BulkExportStepUp(AuditLog audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(BulkExport.class)) {
			return true;
		}
		BulkExport annotation = method.getMethodAnnotation(BulkExport.class);
		Optional<Actor> actor = CurrentActor.get();
		if (actor.isEmpty() || Arrays.stream(annotation.permissions()).noneMatch(actor.get()::hasPermission)) {
			return true;
		}
		String export = annotation.value();
		if (StepUpVerified.isFresh(Instant.now(this.clock), StepUpVerified.EXPORT_VALIDITY)) {
			this.audit.record(AuditAction.EXPORT, "bulk-export", export, "step-up fresh");
			return true;
		}
		this.audit.record(AuditAction.EXPORT, "bulk-export", export, "refused: step-up required");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			ProblemJson.write(response, HttpStatus.FORBIDDEN, BulkExport.PROBLEM_TYPE,
					"Bulk exports need a second-factor code entered within the last "
							+ StepUpVerified.EXPORT_VALIDITY.toMinutes() + " minutes: POST it to " + StepUpVerified.PAGE
							+ " and repeat the request.");
			return false;
		}
		String back = HttpMethod.GET.matches(request.getMethod())
				? path + ((request.getQueryString() != null) ? "?" + request.getQueryString() : "")
				: referringPage(request);
		response.sendRedirect(request.getContextPath() + StepUpVerified.PAGE + "?export&continue="
				+ URLEncoder.encode(StepUpController.safeTarget(back), StandardCharsets.UTF_8));
		return false;
	}

	/** The page of this application the form was posted from, else the home page. */
	private static String referringPage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = URI.create(referer);
			if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || uri.getRawPath() == null) {
				return "/";
			}
			String path = uri.getRawPath()
				.substring(Math.min(request.getContextPath().length(), uri.getRawPath().length()));
			return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

}

package org.paipmanager.system.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * Reads every multipart upload before the security filters look for its CSRF token, so a
 * file over the servlet limits ({@code spring.servlet.multipart.*}) is a 413 with its own
 * message, and a broken multipart body a 400, instead of a missing token. Each upload
 * then checks its own, smaller limit and the file's content.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class UploadLimits extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			try {
				request.getParts();
			}
			catch (IllegalStateException tooLarge) {
				// Tomcat's answer to a file or request over the configured maximum.
				refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge);
				return;
			}
			catch (ServletException | IOException broken) {
				// A body that is not multipart, or a file name Tomcat refuses (one with a
				// NUL character, for instance).
				refuse(request, response, HttpStatus.BAD_REQUEST, broken);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * The error page for the refusal. The failure is left on the request, so the error
	 * dispatch does not parse the broken body again (the DispatcherServlet skips a
	 * multipart body that already failed), which would end in Tomcat's own error page.
	 */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			Exception failure) throws IOException {
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
				new MultipartException(status.getReasonPhrase(), failure));
		response.sendError(status.value());
	}

}

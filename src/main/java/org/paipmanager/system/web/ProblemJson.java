package org.paipmanager.system.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes an RFC 9457 problem document where no message converter runs: in security
 * filters and the error page.
 */
public final class ProblemJson {

	private ProblemJson() {
	}

	public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		write(response, status, "about:blank", detail);
	}

	/** A problem document of the given type (a fixed URI naming the kind of problem). */
	public static void write(HttpServletResponse response, HttpStatus status, String type, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"" + escape(type) + "\",\"title\":\"" + escape(status.getReasonPhrase())
					+ "\",\"status\":" + status.value() + ",\"detail\":\"" + escape(detail) + "\"}");
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}

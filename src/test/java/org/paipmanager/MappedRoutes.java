package org.paipmanager;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The routes the running application maps, for tests that crawl them. */
public final class MappedRoutes {

	private MappedRoutes() {
	}

	/** Every GET route, as its path pattern, but wildcards and the error page. */
	public static List<String> get(ApplicationContext context) {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
					info.getPatternValues()
						.stream()
						.filter((pattern) -> !pattern.contains("*") && !pattern.equals("/error"))
						.forEach(routes::add);
				}
			}
		}
		return new ArrayList<>(routes);
	}

	/** GETs the path as a browser would, or as an API client for API paths. */
	public static HttpResponse<String> open(WebSession session, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.base() + path)).GET();
		if (path.startsWith("/api/") || path.startsWith("/v3/")) {
			request.header("Accept", "application/json");
		}
		return session.send(request.build());
	}

}

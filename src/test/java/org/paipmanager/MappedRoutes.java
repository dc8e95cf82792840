package org.paipmanager;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The routes the running application maps, for tests that crawl them. */
public final class MappedRoutes {

	/** The methods a route without a declared method answers, as far as tests go. */
	private static final List<RequestMethod> ANY_METHOD = List.of(RequestMethod.GET, RequestMethod.POST,
			RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

	/** One method on one path pattern, with the handler behind it. */
	public record Route(String method, String pattern, HandlerMethod handler) {

		public boolean changing() {
			return !this.method.equals("GET");
		}

	}

	private MappedRoutes() {
	}

	/** Every GET route, as its path pattern, but wildcards and the error page. */
	public static List<String> get(ApplicationContext context) {
		Set<String> routes = new TreeSet<>();
		for (Route route : all(context)) {
			if (!route.changing() && !route.pattern().contains("*") && !route.pattern().equals("/error")) {
				routes.add(route.pattern());
			}
		}
		return new ArrayList<>(routes);
	}

	/**
	 * Every method and path pattern of every handler mapping, wildcards and the error
	 * page included, sorted by pattern then method. A mapping without a declared method
	 * counts once for each of GET, POST, PUT, PATCH and DELETE.
	 */
	public static List<Route> all(ApplicationContext context) {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				Set<RequestMethod> declared = entry.getKey().getMethodsCondition().getMethods();
				List<RequestMethod> methods = declared.isEmpty() ? ANY_METHOD
						: declared.stream().filter(ANY_METHOD::contains).toList();
				for (String pattern : entry.getKey().getPatternValues()) {
					for (RequestMethod method : methods) {
						routes.add(new Route(method.name(), pattern, entry.getValue()));
					}
				}
			}
		}
		routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
		return routes;
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

package org.paipmanager.system.security;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.Role;
import org.paipmanager.staff.StaffAccounts;
import org.paipmanager.system.web.ProblemJson;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.paipmanager.system.security.SignInAuthorities.FULLY_SIGNED_IN;
import static org.paipmanager.system.security.SignInAuthorities.PASSWORD_VERIFIED;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** No inline script or style anywhere; everything is served from this application. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** All a referral-source viewer may open (OUT-3, CON-2). */
	private static final List<String> VIEWER_PATHS = List.of("/", "/released-reports", "/api/released-reports",
			"/account/password");

	private static final RequestMatcher API = (request) -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/");

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordAuthenticationProvider passwordAuthenticationProvider(StaffAccounts accounts,
			PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
		return new PasswordAuthenticationProvider(accounts, passwordEncoder, audit, clock);
	}

	/**
	 * Partner agencies' FHIR status updates (ADR 0018): no session, no sign-in, no CSRF
	 * token on this path only; the endpoint itself checks the partner's bearer token.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain fhirExchangeFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/fhir/r4/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/fhir/r4/**"))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.securityContextRepository(new NullSecurityContextRepository()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, PasswordAuthenticationProvider passwords,
			SecurityContextRepository contextRepository) throws Exception {
		http.authenticationProvider(passwords)
			.securityContext((context) -> context.securityContextRepository(contextRepository))
			.authorizeHttpRequests((requests) -> {
				requests
					.requestMatchers("/vendor/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/login", "/error",
							"/actuator/health", "/actuator/health/**", "/actuator/prometheus")
					.permitAll()
					.requestMatchers("/login/totp", "/login/password", "/account/totp/**")
					.hasAuthority(PASSWORD_VERIFIED)
					.requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**",
							"/swagger-ui.html")
					.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority(FULLY_SIGNED_IN),
							AuthorityAuthorizationManager.hasAuthority("API_DOCS")));
				// Each area's permission before any controller binds input (issue 9).
				RouteGuards.apply(requests, SecurityConfiguration::signedInWithinRole);
				requests.anyRequest().access(SecurityConfiguration::signedInWithinRole);
			})
			.formLogin((form) -> form.loginPage("/login")
				.successHandler((request, response, authentication) -> response
					.sendRedirect(request.getContextPath() + nextSignInStep(authentication)))
				// One answer for every failure: unknown user, wrong password, locked,
				// disabled. The exception is not kept in the session as failureUrl would
				// keep it: it carries the sign-in request, password included, and the
				// session is stored in the database (ADR 0028).
				.failureHandler((request, response, exception) -> response
					.sendRedirect(request.getContextPath() + "/login?error")))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?signedOut")
				.deleteCookies("PAIPSESSION"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId())
				.invalidSessionUrl("/login?timeout"))
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(SecurityConfiguration::apiUnauthorized, API)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), (request) -> true)
				.accessDeniedHandler(accessDenied()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(
						(permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/**
	 * Fully signed in, and for a referral-source viewer (someone outside the program)
	 * only their own pages: the home page, which leads there, and the reports released to
	 * their office, pages and API (OUT-3, CON-2). Every other route is refused before any
	 * controller runs, whatever permission checks the module facades add behind it.
	 */
	private static AuthorizationDecision signedInWithinRole(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Set<String> authorities = authentication.get()
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		if (!authorities.contains(FULLY_SIGNED_IN)) {
			return new AuthorizationDecision(false);
		}
		boolean outsideViewer = authorities.contains("ROLE_" + Role.REFERRAL_SOURCE_VIEWER.name())
				&& authorities.stream()
					.noneMatch((authority) -> authority.startsWith("ROLE_")
							&& !authority.equals("ROLE_" + Role.REFERRAL_SOURCE_VIEWER.name()));
		if (!outsideViewer) {
			return new AuthorizationDecision(true);
		}
		HttpServletRequest request = context.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return new AuthorizationDecision(VIEWER_PATHS.stream()
			.anyMatch((allowed) -> path.equals(allowed) || (!allowed.equals("/") && path.startsWith(allowed + "/"))));
	}

	/**
	 * Half-signed-in users are sent on to their second factor; everyone else gets a 403.
	 */
	private static AccessDeniedHandler accessDenied() {
		return (request, response, exception) -> {
			Authentication authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
				.getAuthentication();
			boolean passwordOnly = authentication != null && !SignInAuthorities.fullySignedIn(authentication);
			if (passwordOnly && !API.matches(request)) {
				response.sendRedirect(request.getContextPath() + nextSignInStep(authentication));
			}
			else if (API.matches(request)) {
				ProblemJson.write(response, HttpStatus.FORBIDDEN, "You do not have permission for this action.");
			}
			else {
				response.sendError(HttpStatus.FORBIDDEN.value());
			}
		};
	}

	/**
	 * After the password: one's own password first if it was temporary, then the code.
	 */
	private static String nextSignInStep(Authentication authentication) {
		return SignInAuthorities.changeRequired(authentication) ? "/login/password" : "/login/totp";
	}

	private static void apiUnauthorized(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException exception) throws IOException {
		ProblemJson.write(response, HttpStatus.UNAUTHORIZED, "Sign in to use the API.");
	}

}

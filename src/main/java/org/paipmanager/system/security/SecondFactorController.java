package org.paipmanager.system.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.staff.SignInAccount;
import org.paipmanager.staff.StaffAccounts;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Second sign-in stage: the TOTP code, or enrolment of an authenticator app for an
 * account that has none yet. Each code works once; failed codes count towards the
 * lockout.
 */
@Controller
class SecondFactorController {

	static final String PENDING_SECRET = "paip.totp.pendingSecret";

	private static final String CHOOSE_PASSWORD = "redirect:/login/password";

	private static final String ISSUER = "PAIP Manager";

	private final StaffAccounts accounts;

	private final AuditLog audit;

	private final SecurityContextRepository contextRepository;

	private final Clock clock;

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	SecondFactorController(StaffAccounts accounts, AuditLog audit, SecurityContextRepository contextRepository,
			Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.contextRepository = contextRepository;
		this.clock = clock;
	}

	@GetMapping("/login/totp")
	String codeForm(Authentication authentication) {
		return afterPasswordChosen(authentication,
				(account) -> account.totpEnrolled() ? "system/totp" : "redirect:/account/totp/enrol");
	}

	@PostMapping("/login/totp")
	String verifyCode(@RequestParam(defaultValue = "") String code, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return afterPasswordChosen(authentication, (account) -> {
			if (!account.totpEnrolled()) {
				return "redirect:/account/totp/enrol";
			}
			OptionalLong step = Totp.matchingStep(account.totpSecret(), code, Instant.now(this.clock));
			if (step.isPresent() && !account.lockedAt(Instant.now(this.clock))
					&& this.accounts.useTotpStep(account.accountId(), step.getAsLong())) {
				return completeSignIn(authentication, request, response);
			}
			return failedCode(account, authentication, request, response, model, "system/totp");
		});
	}

	@GetMapping("/account/totp/enrol")
	String enrolForm(Authentication authentication, HttpSession session, Model model) {
		return afterPasswordChosen(authentication, (account) -> {
			if (account.totpEnrolled()) {
				return "redirect:/login/totp";
			}
			String secret = (String) session.getAttribute(PENDING_SECRET);
			if (secret == null) {
				secret = Totp.newSecret();
				session.setAttribute(PENDING_SECRET, secret);
			}
			showSecret(model, secret);
			return "system/totp-enrol";
		});
	}

	@GetMapping(value = "/account/totp/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> enrolmentQrCode(Authentication authentication, HttpSession session)
			throws WriterException, IOException {
		SignInAccount account = account(authentication);
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null || account.totpEnrolled() || changeRequired(authentication, account)) {
			return ResponseEntity.notFound().build();
		}
		String label = URLEncoder.encode(ISSUER + ":" + account.username(), StandardCharsets.UTF_8).replace("+", "%20");
		String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
				+ URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
				+ "&algorithm=SHA1&digits=6&period=30";
		BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 240, 240,
				Map.of(EncodeHintType.MARGIN, 2));
		BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		for (int x = 0; x < matrix.getWidth(); x++) {
			for (int y = 0; y < matrix.getHeight(); y++) {
				image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xffffff);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png.toByteArray());
	}

	@PostMapping("/account/totp/enrol")
	String confirmEnrolment(@RequestParam(defaultValue = "") String code, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
		return afterPasswordChosen(authentication, (account) -> {
			String secret = (String) session.getAttribute(PENDING_SECRET);
			if (account.totpEnrolled() || secret == null) {
				return "redirect:/login/totp";
			}
			OptionalLong step = Totp.matchingStep(secret, code, Instant.now(this.clock));
			if (step.isPresent()) {
				this.accounts.enrolTotp(account.accountId(), secret, step.getAsLong());
				session.removeAttribute(PENDING_SECRET);
				CurrentActor.runAs(principal(authentication).actor(), () -> this.audit.record(AuditAction.UPDATE,
						"account", account.accountId().toString(), "second factor enrolled"));
				return completeSignIn(authentication, request, response);
			}
			showSecret(model, secret);
			return failedCode(account, authentication, request, response, model, "system/totp-enrol");
		});
	}

	private String completeSignIn(Authentication passwordStage, HttpServletRequest request,
			HttpServletResponse response) {
		StaffPrincipal principal = principal(passwordStage);
		this.accounts.recordSuccessfulSignIn(principal.accountId());
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				SignInAuthorities.full(principal.actor())));
		this.contextHolder.setContext(context);
		// A new session id for the fully signed-in session: nothing issued before it
		// stays valid.
		request.changeSessionId();
		this.contextRepository.saveContext(context, request, response);
		CurrentActor.runAs(principal.actor(),
				() -> this.audit.record(AuditAction.SIGN_IN, "account", principal.accountId().toString(), null));
		SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
		return "redirect:" + ((saved != null) ? saved.getRedirectUrl() : "/");
	}

	private String failedCode(SignInAccount account, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model, String view) {
		this.accounts.recordFailedAttempt(account.accountId());
		CurrentActor.runAs(principal(authentication).actor(), () -> this.audit.record(AuditAction.SIGN_IN_FAILED,
				"account", account.accountId().toString(), "second factor"));
		SignInAccount after = this.accounts.findById(account.accountId()).orElseThrow();
		if (after.lockedAt(Instant.now(this.clock))) {
			new SecurityContextLogoutHandler().logout(request, response, authentication);
			return "redirect:/login?error";
		}
		model.addAttribute("codeError", true);
		return view;
	}

	/** The key for manual entry, in groups of four as authenticator apps show it. */
	private static void showSecret(Model model, String secret) {
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("rawSecret", secret);
	}

	private SignInAccount account(Authentication authentication) {
		return this.accounts.findById(principal(authentication).accountId()).orElseThrow();
	}

	/**
	 * The second-factor step for the account read once, unless its temporary password is
	 * still to be replaced: that comes first (ADR 0028).
	 */
	private String afterPasswordChosen(Authentication authentication, Function<SignInAccount, String> step) {
		SignInAccount account = account(authentication);
		return changeRequired(authentication, account) ? CHOOSE_PASSWORD : step.apply(account);
	}

	/** By the session's stage, and by the account itself. */
	private static boolean changeRequired(Authentication authentication, SignInAccount account) {
		return SignInAuthorities.changeRequired(authentication) || account.mustChangePassword();
	}

	private static StaffPrincipal principal(Authentication authentication) {
		return (StaffPrincipal) authentication.getPrincipal();
	}

}

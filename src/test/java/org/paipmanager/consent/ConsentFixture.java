package org.paipmanager.consent;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paipmanager.WebSession;
import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.SystemScope;

import org.springframework.context.ApplicationContext;

/**
 * Participants, partner agencies, explanations and releases with sensible defaults, plus
 * a JSON call with the session's CSRF token.
 */
public final class ConsentFixture {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final ApplicationContext context;

	private ConsentFixture(ApplicationContext context) {
		this.context = context;
	}

	public static ConsentFixture in(ApplicationContext context) {
		return new ConsentFixture(context);
	}

	public static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	/** A participant referred by probation on the given day. */
	public ParticipantId participant(AgencyId agency, LocalDate referredOn) {
		return SystemScope.callAs(agency,
				() -> this.context.getBean(ParticipantManagement.class)
					.refer(new ReferralCommand("Casey", "Consent", LocalDate.of(1984, 3, 9), Gender.MALE, false,
							"English", ReferralSource.PROBATION, null, referredOn)));
	}

	public UUID partnerAgency(AgencyId agency, String name, PartnerAgencyCategory category) {
		return SystemScope.callAs(agency, () -> this.context.getBean(AgencyManagement.class)
			.addPartnerAgency(name, category, null, "Cook", false));
	}

	/** Every item of 501.210(a) explained. */
	public static ConfidentialityExplanationCommand fullExplanation(LocalDate on) {
		return new ConfidentialityExplanationCommand(on, "English", true, true, true, true, true, null);
	}

	public static ReleaseCommand toReferralSource(LocalDate signedOn, LocalDate expiresOn,
			InformationCategory... categories) {
		return ReleaseCommand.signedByParticipant(RecipientKind.REFERRAL_SOURCE, null, null, Set.of(categories),
				Set.of(ReleasePurpose.REPORT_COMPLIANCE), null, ReleaseBasis.REQUIRED_FOR_PARTICIPATION, signedOn,
				expiresOn, "Dana Whitfield");
	}

	public static ReleaseCommand toPartner(UUID partnerAgency, LocalDate signedOn, LocalDate expiresOn,
			InformationCategory... categories) {
		return ReleaseCommand.signedByParticipant(RecipientKind.PARTNER_AGENCY, partnerAgency, null, Set.of(categories),
				Set.of(ReleasePurpose.REFERRAL_TO_SERVICES), "Treatment referral", ReleaseBasis.VOLUNTARY, signedOn,
				expiresOn, "Dana Whitfield");
	}

	public ReleaseId release(AgencyId agency, ParticipantId participant, ReleaseCommand release) {
		return SystemScope.callAs(agency,
				() -> this.context.getBean(ConsentManagement.class).addRelease(participant, release));
	}

	/** A JSON call carrying the CSRF token of a page the session can open. */
	public static HttpResponse<String> json(WebSession session, String method, String path, String body) {
		Matcher matcher = CSRF.matcher(session.get("/participants").body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on /participants");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.base() + path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", matcher.group(1));
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		return session.send(request.build());
	}

}

package org.paipmanager.contract;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paipmanager.AgencyFixture;
import org.paipmanager.FuzzSupport;
import org.paipmanager.WebSession;
import org.paipmanager.eligibility.EligibilityDecisionCommand;
import org.paipmanager.eligibility.EligibilityDecisions;
import org.paipmanager.eligibility.domain.ScreeningFindings.SubstanceUse;
import org.paipmanager.intake.IntakeScreenings;
import org.paipmanager.intake.ScreeningAnswers;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.participant.ReferralSource;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An eligible participant whose contract is generated and waits for its signing, with the
 * intake worker signed in: what the upload tests of the signed scan start from.
 */
record ReadyToSign(AgencyId agency, ParticipantId participant, WebSession intake, String page) {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	static ReadyToSign prepare(ApplicationContext context, int port) {
		AgencyFixture fixture = AgencyFixture.in(context);
		AgencyId agency = fixture.newAgency();
		ParticipantManagement participants = context.getBean(ParticipantManagement.class);
		ParticipantId participant = SystemScope.callAs(agency,
				() -> participants.refer(new ReferralCommand("Luis", "Upload", LocalDate.of(1979, 2, 2), Gender.MALE,
						false, "English", ReferralSource.COURT, "2026-DV-31", LocalDate.of(2026, 11, 2))));
		SystemScope.callAs(agency, () -> {
			ScreeningAnswers.completeFor(context.getBean(IntakeScreenings.class), participants, participant,
					LocalDate.of(2026, 11, 3));
			context.getBean(EligibilityDecisions.class)
				.decide(participant, new EligibilityDecisionCommand(true, false, false, false, false, false, false,
						false, false, SubstanceUse.NONE, false, false, null, ""));
			return null;
		});
		WebSession intake = new WebSession(port);
		intake.signIn(fixture.newUser(agency, Role.INTAKE_WORKER));
		String page = "/participants/" + participant + "/contract";
		assertThat(intake
			.submit(page, page + "/generate", Map.of("language", "en", "sessionsRequired", "24", "feePerSession", "20"))
			.statusCode()).isEqualTo(302);
		return new ReadyToSign(agency, participant, intake, page);
	}

	/** Posts the signing form with a scan, as a browser does. */
	HttpResponse<String> sign(String signerName, String filename, String contentType, byte[] scan) {
		Matcher version = VERSION.matcher(this.intake.get(this.page).body());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", version.find() ? version.group(1) : "1");
		fields.put("signerName", signerName);
		fields.put("signedOn", LocalDate.now().toString());
		fields.put("programStartDate", LocalDate.now().plusDays(1).toString());
		return FuzzSupport.multipart(this.intake, this.page, this.page + "/sign", fields, "scan", filename, contentType,
				scan);
	}

}

package org.paipmanager.coordination;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import ca.uhn.fhir.parser.DataFormatException;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.DisplayName;
import org.paipmanager.AgencyFixture;
import org.paipmanager.FuzzSupport;
import org.paipmanager.agency.PartnerAgencyCategory;
import org.paipmanager.consent.ConsentFixture;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paipmanager.consent.ConsentFixture.toPartner;
import static org.paipmanager.consent.ConsentFixture.today;
import static org.paipmanager.consent.InformationCategory.REFERRAL_FOR_SERVICES;

/**
 * Issue 9, bad input: the FHIR R4 Task update a partner sends ({@code PUT
 * /fhir/r4/Task/{id}}, COO-2) fuzzed by Jazzer. HAPI's parser either gives a Task or
 * refuses with its own {@link DataFormatException}; the endpoint answers every body with
 * a 2xx or 4xx OperationOutcome, never a server error, never a stack trace. In the seed
 * corpus ({@code FhirTaskFuzzTestsInputs}) {@code {{id}}} stands for the referral the
 * partner was sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirTaskFuzzTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static Sent sent;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ExchangingReferrals exchange;

	@Autowired
	CoordinationManagement coordination;

	@FuzzTest(maxDuration = "3m")
	@DisplayName("COO-2: HAPI reads any body as a Task or refuses it with its own DataFormatException, told without Java names")
	void parsesOrRefusesAnyTask(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		try {
			assertThat(FhirReferralDocument.parseTask(text)).isNotNull();
		}
		catch (DataFormatException | ClassCastException refused) {
			// The endpoint answers both with a 400 OperationOutcome quoting the parser.
			FuzzSupport.assertNoLeak(FhirReferralDocument.parserProblem(refused), "parser problem");
		}
	}

	@FuzzTest(maxDuration = "3m")
	@DisplayName("COO-2: any Task update answers 2xx or 4xx with an OperationOutcome or the Task, never a 5xx or a stack trace")
	void answersAnyTaskUpdateWithoutServerError(byte[] body) throws Exception {
		Sent referral = sent();
		String text = new String(body, StandardCharsets.UTF_8).replace("{{id}}", referral.id().toString());
		HttpResponse<String> answer = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/fhir/r4/Task/" + referral.id()))
				.header("Content-Type", "application/fhir+json")
				.header("Authorization", "Bearer " + referral.token())
				.PUT(HttpRequest.BodyPublishers.ofString(text))
				.build(), HttpResponse.BodyHandlers.ofString());
		FuzzSupport.assertAnswered(answer, "PUT Task");
		assertThat(answer.headers().firstValue("Content-Type")).as(answer.body())
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/fhir+json"));
	}

	/** A referral sent by FHIR to a partner, and the partner's token. */
	private record Sent(UUID id, String token) {
	}

	private Sent sent() throws Exception {
		synchronized (FhirTaskFuzzTests.class) {
			if (sent == null) {
				AgencyId agency = AgencyFixture.in(this.context).newAgency();
				ConsentFixture consent = ConsentFixture.in(this.context);
				ParticipantId participant = consent.participant(agency, today().minusMonths(3));
				UUID treatment = consent.partnerAgency(agency, "Fuzz Recovery", PartnerAgencyCategory.SUBSTANCE_ABUSE);
				consent.release(agency, participant,
						toPartner(treatment, today().minusMonths(2), today().plusMonths(10), REFERRAL_FOR_SERVICES));
				try (FhirPartnerServer partner = FhirPartnerServer.start()) {
					String token = SystemScope
						.callAs(agency,
								() -> this.exchange.connect(treatment, new FhirEndpointCommand(partner.baseUrl())))
						.token();
					UUID referral = SystemScope.callAs(agency,
							() -> this.coordination.refer(participant,
									new OutgoingReferralCommand(ReferralCategory.SUBSTANCE_ABUSE_TREATMENT, treatment,
											"Alcohol use reported at screening (501.135(a)).", today().minusDays(1),
											null)));
					SystemScope.callAs(agency, () -> this.exchange.send(participant, referral));
					sent = new Sent(referral, token);
				}
			}
			return sent;
		}
	}

}

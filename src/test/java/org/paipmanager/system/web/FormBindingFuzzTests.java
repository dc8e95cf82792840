package org.paipmanager.system.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paipmanager.AgencyFixture;
import org.paipmanager.FuzzSupport;
import org.paipmanager.WebSession;
import org.paipmanager.completion.ExtensionCommand;
import org.paipmanager.contract.ContractCommand;
import org.paipmanager.fees.FeePolicyCommand;
import org.paipmanager.participant.DetailsCorrection;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ReferralCommand;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, bad input: form binding fuzzed by Jazzer through the whole web layer (the
 * application's data binder with its converters, the NUL filter, bean validation and the
 * controllers' own checks) on six representative forms: a referral (PAR-1), a
 * participant's details correction, a contract's generation (PAR-7), the fee policy with
 * its list of scale rows and a program extension with its list of criteria (records with
 * lists), and a partner directory entry with its list of contacts (a bean, COO-1). Field
 * names come from each form's own class, with indexes, nesting and raw names mixed in;
 * values are anything. No answer is a 5xx or shows a stack trace. Seeds are under
 * {@code FormBindingFuzzTestsInputs}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormBindingFuzzTests {

	private static Forms forms;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@FuzzTest(maxDuration = "3m")
	@DisplayName("PAR-1, PAR-7, COO-1: any field names and values on six representative forms answer without a 5xx or a stack trace")
	void bindsOrRefusesAnyForm(FuzzedDataProvider data) {
		Forms all = forms();
		Form form = data.pickValue(all.forms());
		Map<String, String> fields = new LinkedHashMap<>();
		int count = data.consumeInt(0, 12);
		for (int i = 0; i < count; i++) {
			fields.put(name(data, form.fields()), data.consumeString(300));
		}
		fields.put("_csrf", all.csrf());
		HttpResponse<String> answer = all.session().post(form.action(), fields);
		FuzzSupport.assertAnswered(answer, "POST " + form.action() + " " + fields.keySet());
		assertThat(answer.statusCode()).as("POST %s %s", form.action(), fields.keySet()).isIn(200, 302, 400, 409);
	}

	@Test
	@DisplayName("Bad input: a value posted straight into a record form's list (bands[0]=x, found by wapiti) or an index on a number (version[0], found by Jazzer) is not a server error")
	void refusesFieldNamesTheFormCannotHave() {
		Forms all = forms();
		for (String name : List.of("bands[0]", "bands[3]", "bands[0].incomeFrom", "bands")) {
			HttpResponse<String> answer = all.session()
				.post("/fees/policy", Map.of("_csrf", all.csrf(), name, "x", "effectiveFrom", "2026-12-01"));
			FuzzSupport.assertAnswered(answer, "POST /fees/policy " + name);
			assertThat(answer.statusCode()).isEqualTo(200);
		}
		String extensions = all.forms()
			.stream()
			.map(Form::action)
			.filter((action) -> action.endsWith("/completion/extensions"))
			.findFirst()
			.orElseThrow();
		for (String name : List.of("criteriaNotMet[0]", "criteriaNotMet[4]", "criteriaNotMet")) {
			HttpResponse<String> answer = all.session()
				.post(extensions, Map.of("_csrf", all.csrf(), name, "CONTRACT_FULFILLED"));
			FuzzSupport.assertAnswered(answer, "POST " + extensions + " " + name);
		}
		for (String name : List.of("version[0]", "name[2]", "contacts[0].email[1]")) {
			HttpResponse<String> answer = all.session()
				.post("/agency/partners", Map.of("_csrf", all.csrf(), name, "x"));
			FuzzSupport.assertAnswered(answer, "POST /agency/partners " + name);
			assertThat(answer.statusCode()).isIn(200, 400);
		}
	}

	private static List<String> feePolicyFields() {
		List<String> names = new ArrayList<>(components(FeePolicyCommand.class));
		for (String band : components(FeePolicyCommand.Band.class)) {
			names.add("bands[0]." + band);
			names.add("bands[2]." + band);
		}
		return names;
	}

	/** A known field, a known field indexed or nested, or a raw name. */
	private static String name(FuzzedDataProvider data, List<String> known) {
		String field = data.pickValue(known);
		return switch (data.consumeInt(0, 4)) {
			case 0 -> field + "[" + data.consumeInt(-3, 1_000_000) + "]";
			case 1 -> field + "." + data.pickValue(known);
			case 2 -> data.consumeString(40);
			default -> field;
		};
	}

	private record Form(String action, List<String> fields) {
	}

	private record Forms(WebSession session, String csrf, List<Form> forms) {
	}

	private Forms forms() {
		synchronized (FormBindingFuzzTests.class) {
			if (forms == null || !forms.session().base().endsWith(":" + this.port)) {
				AgencyFixture fixture = AgencyFixture.in(this.context);
				AgencyId agency = fixture.newAgency();
				ParticipantId participant = fixture.enrolledParticipant(agency, "Fuzzbinder", Gender.MALE,
						LocalDate.of(2026, 3, 2));
				WebSession director = new WebSession(this.port);
				director.signIn(fixture.newUser(agency, Role.PROGRAM_DIRECTOR));
				List<String> partnerFields = new ArrayList<>(fieldsOf("org.paipmanager.agency.web.PartnerAgencyForm"));
				for (String contact : fieldsOf("org.paipmanager.agency.web.PartnerAgencyForm$ContactRow")) {
					partnerFields.add("contacts[0]." + contact);
					partnerFields.add("contacts[7]." + contact);
				}
				List<Form> all = List.of(new Form("/participants/new", components(ReferralCommand.class)),
						new Form("/participants/" + participant + "/details", components(DetailsCorrection.class)),
						new Form("/participants/" + participant + "/contract/generate",
								components(ContractCommand.class)),
						new Form("/agency/partners", partnerFields), new Form("/fees/policy", feePolicyFields()),
						new Form("/participants/" + participant + "/completion/extensions",
								components(ExtensionCommand.class)));
				forms = new Forms(director, WebSession.csrfToken(director.get("/").body()), all);
			}
			return forms;
		}
	}

	private static List<String> components(Class<? extends Record> type) {
		List<String> names = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			names.add(component.getName());
		}
		return names;
	}

	private static List<String> fieldsOf(String className) {
		try {
			List<String> names = new ArrayList<>();
			for (Field field : Class.forName(className).getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					names.add(field.getName());
				}
			}
			return names;
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.paipmanager.agency;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerDirectoryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	SharingDirectory sharing;

	private AgencyFixture fixture;

	private AgencyId agency;

	@BeforeEach
	void createAgency() {
		this.fixture = AgencyFixture.in(this.context);
		this.agency = this.fixture.newAgency();
	}

	static PartnerAgencyCommand shelter() {
		return new PartnerAgencyCommand("Safe Harbor Shelter", PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES,
				"Emergency shelter and legal advocacy.", "(217) 555-0199", "hotline@safeharbor.example", null, null,
				null, null, null, "Prairie", List.of("Prairie", "Lake", "Ford"), List.of("English", "Spanish"), true,
				List.of(new PartnerAgencyContact("Rosa Diaz", "Advocacy director", "(217) 555-0198",
						"rdiaz@safeharbor.example")),
				List.of(new PartnerAgencyService("Emergency shelter", null),
						new PartnerAgencyService("Legal advocacy", "Orders of protection and court accompaniment")));
	}

	static PartnerAgencyCommand probation() {
		return new PartnerAgencyCommand("Prairie County Adult Probation", PartnerAgencyCategory.JUDICIARY_PROBATION,
				null, "(217) 555-0120", null, "https://probation.example", "200 Main Street", "Prairie City", "IL",
				"61801", "Prairie", List.of("Prairie"), List.of("English"), false,
				List.of(new PartnerAgencyContact("Officer Lane", "Supervisor", "(217) 555-0121", null),
						new PartnerAgencyContact("Officer Kim", null, null, "kim@probation.example")),
				List.of(new PartnerAgencyService("Adult probation supervision", null)));
	}

	static PartnerAgencyCommand coalition() {
		return new PartnerAgencyCommand("Prairie Family Violence Coordinating Council",
				PartnerAgencyCategory.COALITION_OR_COUNCIL, null, null, null, null, null, null, null, null, null,
				List.of("Prairie", "Lake"), List.of(), false, List.of(), List.of());
	}

	@Test
	@DisplayName("COO-1: the HSDS export imported into an empty agency gives the same directory, and no confidential address is in it")
	void exportImportedIntoAnEmptyAgencyGivesTheSameDirectory() {
		SystemScope.callAs(this.agency, () -> {
			this.agencies.addPartnerAgency(shelter());
			this.agencies.addPartnerAgency(probation());
			return this.agencies.addPartnerAgency(coalition());
		});
		// Victim safety: a shelter is never given an address.
		PartnerAgencyCommand shelterWithAddress = new PartnerAgencyCommand("Hidden House",
				PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES, null, null, null, null, "12 Secret Lane",
				"Prairie City", null, null, null, List.of(), List.of(), true, List.of(), List.of());
		assertThatThrownBy(
				() -> SystemScope.callAs(this.agency, () -> this.agencies.addPartnerAgency(shelterWithAddress)))
			.isInstanceOf(PartnerAgencyRefused.class);

		String export = SystemScope.callAs(this.agency, () -> this.sharing.export());
		assertThat(export).contains("\"organizations\"", "\"services\"", "\"locations\"", "\"contacts\"",
				"Safe Harbor Shelter", "Rosa Diaz", "200 Main Street", "\"service_areas\"");
		assertThat(export).doesNotContain("Secret Lane");
		String shelterOrganization = export.substring(export.indexOf("Safe Harbor Shelter"));
		shelterOrganization = shelterOrganization.substring(0, shelterOrganization.indexOf("\"attributes\""));
		assertThat(shelterOrganization).contains("\"locations\" : [ ]").doesNotContain("address_1");

		AgencyId empty = this.fixture.newAgency();
		HsdsImportPreview preview = SystemScope.callAs(empty,
				() -> this.sharing.preview(export.getBytes(StandardCharsets.UTF_8)));
		assertThat(preview.added()).isEqualTo(3);
		assertThat(preview.updated()).isZero();
		SystemScope.callAs(empty, () -> this.sharing.importFile(export.getBytes(StandardCharsets.UTF_8)));

		List<PartnerAgencyEntry> original = SystemScope.callAs(this.agency,
				() -> this.agencies.searchDirectory(DirectorySearch.all()));
		List<PartnerAgencyEntry> imported = SystemScope.callAs(empty,
				() -> this.agencies.searchDirectory(DirectorySearch.all()));
		assertThat(imported).hasSize(3);
		assertThat(imported.stream().map(PartnerAgencyEntry::toCommand).toList())
			.isEqualTo(original.stream().map(PartnerAgencyEntry::toCommand).toList());

		// Importing the same file again updates the entries rather than doubling them.
		HsdsImportPreview again = SystemScope.callAs(empty,
				() -> this.sharing.importFile(export.getBytes(StandardCharsets.UTF_8)));
		assertThat(again.updated()).isEqualTo(3);
		assertThat(SystemScope.callAs(empty, () -> this.agencies.searchDirectory(DirectorySearch.all()))).hasSize(3);
	}

	@Test
	@DisplayName("COO-1: an import brings no address for a confidential location, even when the file has one")
	void importDropsTheAddressOfAConfidentialLocation() {
		String file = """
				{"organizations": [{"id": "org-1", "name": "Lakeside Shelter", "description": "Shelter",
				  "attributes": [{"id": "a1", "link_type": "paip-confidential-location", "value": "true"},
				                 {"id": "a2", "link_type": "paip-501.105-category", "value": "DOMESTIC_VIOLENCE_VICTIM_SERVICES"}],
				  "locations": [{"id": "l1", "location_type": "physical",
				    "addresses": [{"id": "ad1", "address_1": "9 Hidden Road", "city": "Lakeside", "state_province": "IL",
				                   "postal_code": "60000", "country": "US", "address_type": "physical"}]}]}]}
				""";
		HsdsImportPreview preview = SystemScope.callAs(this.agency,
				() -> this.sharing.preview(file.getBytes(StandardCharsets.UTF_8)));
		assertThat(preview.lines()).singleElement().satisfies((line) -> {
			assertThat(line.confidentialLocation()).isTrue();
			assertThat(line.addressDropped()).isTrue();
		});
		SystemScope.callAs(this.agency, () -> this.sharing.importFile(file.getBytes(StandardCharsets.UTF_8)));
		PartnerAgencyEntry entry = SystemScope
			.callAs(this.agency, () -> this.agencies.searchDirectory(DirectorySearch.all()))
			.getFirst();
		assertThat(entry.addressLine()).isNull();
		assertThat(entry.city()).isNull();
		assertThat(entry.category()).isEqualTo(PartnerAgencyCategory.DOMESTIC_VIOLENCE_VICTIM_SERVICES);
		assertThat(SystemScope.callAs(this.agency, () -> this.sharing.export())).doesNotContain("Hidden Road");
	}

	@Test
	@DisplayName("COO-1: a malformed file is refused with a clear message and nothing of it is written")
	void refusesAMalformedFileAndWritesNothing() {
		String halfGood = """
				{"organizations": [
				  {"id": "good-1", "name": "Good Agency", "description": "Fine"},
				  {"id": "bad-2", "description": "No name"}]}
				""";
		assertThatThrownBy(() -> SystemScope.callAs(this.agency,
				() -> this.sharing.importFile(halfGood.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(PartnerAgencyRefused.class)
			.hasMessageContaining("Organization 2")
			.satisfies((ex) -> assertThat(((PartnerAgencyRefused) ex).problems()).containsEntry("file",
					"agency.hsds.organizationInvalid"));
		assertThatThrownBy(() -> SystemScope.callAs(this.agency,
				() -> this.sharing.importFile("%PDF-1.4 not json".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(PartnerAgencyRefused.class)
			.satisfies((ex) -> assertThat(((PartnerAgencyRefused) ex).problems()).containsEntry("file",
					"agency.hsds.notJson"));
		assertThatThrownBy(() -> SystemScope.callAs(this.agency,
				() -> this.sharing
					.importFile("{\"organizations\": [{\"id\": 7, \"name\": \"x\"".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(PartnerAgencyRefused.class);
		assertThat(SystemScope.callAs(this.agency, () -> this.agencies.searchDirectory(DirectorySearch.all())))
			.isEmpty();

		// Through the page: the message is shown and the directory stays empty.
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		HttpResponse<String> page = director.post("/agency/directory/import/apply",
				Map.of("_csrf", WebSession.csrfToken(director.get("/agency/directory/import").body()), "document",
						java.util.Base64.getEncoder().encodeToString(halfGood.getBytes(StandardCharsets.UTF_8))));
		assertThat(page.body()).contains("An organization in the file lacks an id or a name");
		HttpResponse<String> api = director.json("POST", "/api/partner-agencies/hsds", "[1, 2]");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(director.get("/agency").body()).doesNotContain("Good Agency");
	}

	@Test
	@DisplayName("COO-1: the directory is searched by category, county served and language")
	void searchesByCategoryCountyAndLanguage() {
		SystemScope.callAs(this.agency, () -> {
			this.agencies.addPartnerAgency(shelter());
			this.agencies.addPartnerAgency(probation());
			return this.agencies.addPartnerAgency(coalition());
		});
		List<String> spanish = names(new DirectorySearch(null, null, "spanish", null));
		assertThat(spanish).containsExactly("Safe Harbor Shelter");
		assertThat(names(new DirectorySearch(null, "Lake", null, null)))
			.containsExactlyInAnyOrder("Safe Harbor Shelter", "Prairie Family Violence Coordinating Council");
		assertThat(names(new DirectorySearch(PartnerAgencyCategory.JUDICIARY_PROBATION, "Prairie", null, null)))
			.containsExactly("Prairie County Adult Probation");
		assertThat(names(new DirectorySearch(null, null, null, "Officer Kim")))
			.containsExactly("Prairie County Adult Probation");

		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		String page = facilitator.get("/agency?language=Spanish").body();
		assertThat(page).contains("Safe Harbor Shelter").doesNotContain("Adult Probation");
		assertThat(facilitator.get("/api/partner-agencies?category=JUDICIARY_PROBATION").body())
			.contains("Prairie County Adult Probation")
			.doesNotContain("Safe Harbor");
	}

	@Test
	@DisplayName("COO-1: a facilitator reads the directory but cannot change it (403); another agency's entry is not found (404)")
	void facilitatorCannotEditAndOtherAgenciesEntriesAreNotFound() {
		UUID mine = SystemScope.callAs(this.agency, () -> this.agencies.addPartnerAgency(probation()));
		AgencyId other = this.fixture.newAgency();
		UUID theirs = SystemScope.callAs(other, () -> this.agencies.addPartnerAgency(coalition()));

		WebSession facilitator = new WebSession(this.port);
		facilitator.signIn(this.fixture.newUser(this.agency, Role.FACILITATOR));
		assertThat(facilitator.get("/agency/partners/" + mine).statusCode()).isEqualTo(200);
		String csrf = WebSession.csrfToken(facilitator.get("/").body());
		assertThat(facilitator.post("/agency/partners", Map.of("_csrf", csrf, "name", "X", "category", "MEDICAL"))
			.statusCode()).isEqualTo(403);
		assertThat(facilitator.get("/agency/partners/new").statusCode()).isEqualTo(403);
		HttpResponse<String> apiAdd = facilitator.json("POST", "/api/partner-agencies",
				"{\"name\":\"X\",\"category\":\"MEDICAL\"}");
		assertThat(apiAdd.statusCode()).isEqualTo(403);
		assertThat(apiAdd.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(facilitator.json("POST", "/api/partner-agencies/hsds", "{\"organizations\":[]}").statusCode())
			.isEqualTo(403);

		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		assertThat(director.get("/agency/partners/" + theirs).statusCode()).isEqualTo(404);
		assertThat(director.get("/agency/partners/" + theirs + "/edit").statusCode()).isEqualTo(404);
		assertThat(director.get("/api/partner-agencies/" + theirs).statusCode()).isEqualTo(404);
		assertThat(director
			.json("PUT", "/api/partner-agencies/" + theirs + "?version=0",
					"{\"name\":\"Taken over\",\"category\":\"MEDICAL\"}")
			.statusCode()).isEqualTo(404);
		assertThat(SystemScope.callAs(other, () -> this.agencies.partnerAgency(theirs).name()))
			.isEqualTo("Prairie Family Violence Coordinating Council");
	}

	@Test
	@DisplayName("COO-1: a director edits an entry; a stale edit is a visible 409 conflict and nothing is overwritten")
	void staleEditIsAConflict() {
		UUID id = SystemScope.callAs(this.agency, () -> this.agencies.addPartnerAgency(probation()));
		WebSession director = new WebSession(this.port);
		director.signIn(this.fixture.newUser(this.agency, Role.PROGRAM_DIRECTOR));
		String form = director.get("/agency/partners/" + id + "/edit").body();
		assertThat(form).contains("Officer Lane").contains("name=\"version\" value=\"0\"");
		HttpResponse<String> saved = director.submit("/agency/partners/" + id + "/edit", "/agency/partners/" + id,
				Map.of("version", "0", "name", "Prairie County Probation", "category", "JUDICIARY_PROBATION",
						"countiesServed", "Prairie, Ford", "languages", "English, Spanish", "services",
						"Adult supervision: felony and misdemeanour", "contacts[0].name", "Officer Lane",
						"contacts[0].role", "Supervisor", "contacts[1].email", "kim@probation.example"));
		// A contact row without a name is refused on its field.
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("contacts1.name-error");
		saved = director.submit("/agency/partners/" + id + "/edit", "/agency/partners/" + id,
				Map.of("version", "0", "name", "Prairie County Probation", "category", "JUDICIARY_PROBATION",
						"countiesServed", "Prairie, Ford", "languages", "English, Spanish", "services",
						"Adult supervision: felony and misdemeanour", "contacts[0].name", "Officer Lane",
						"contacts[0].role", "Supervisor"));
		assertThat(saved.statusCode()).isEqualTo(302);
		PartnerAgencyEntry entry = SystemScope.callAs(this.agency, () -> this.agencies.partnerAgency(id));
		assertThat(entry.version()).isEqualTo(1);
		assertThat(entry.countiesServed()).containsExactly("Prairie", "Ford");
		assertThat(entry.services())
			.containsExactly(new PartnerAgencyService("Adult supervision", "felony and misdemeanour"));

		HttpResponse<String> stale = director.submit("/agency/partners/" + id + "/edit", "/agency/partners/" + id,
				Map.of("version", "0", "name", "Overwritten", "category", "JUDICIARY_PROBATION"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("id=\"conflict\"");
		HttpResponse<String> staleApi = director.json("PUT", "/api/partner-agencies/" + id + "?version=0",
				"{\"name\":\"Overwritten\",\"category\":\"JUDICIARY_PROBATION\"}");
		assertThat(staleApi.statusCode()).isEqualTo(409);
		assertThat(staleApi.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(SystemScope.callAs(this.agency, () -> this.agencies.partnerAgency(id).name()))
			.isEqualTo("Prairie County Probation");

		HttpResponse<String> invalid = director.json("POST", "/api/partner-agencies",
				"{\"name\":\"\",\"category\":\"MEDICAL\",\"email\":\"not-an-email\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("email").contains("name");
	}

	private List<String> names(DirectorySearch search) {
		return SystemScope.callAs(this.agency, () -> this.agencies.searchDirectory(search))
			.stream()
			.map(PartnerAgencyEntry::name)
			.toList();
	}

}

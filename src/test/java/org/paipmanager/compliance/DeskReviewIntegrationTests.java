package org.paipmanager.compliance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.paipmanager.AgencyFixture;
import org.paipmanager.AgencyFixture.StaffUser;
import org.paipmanager.OwnerDatabase;
import org.paipmanager.WebSession;
import org.paipmanager.participant.Gender;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;
import org.paipmanager.victimcontact.ContactCommand;
import org.paipmanager.victimcontact.ContactDirection;
import org.paipmanager.victimcontact.ContactKind;
import org.paipmanager.victimcontact.Relationship;
import org.paipmanager.victimcontact.VictimContactManagement;
import org.paipmanager.victimcontact.VictimRecordCommand;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskReviewIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Autowired
	DeskReviews reviews;

	@Autowired
	ComplianceManagement compliance;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	VictimContactManagement victims;

	@Test
	@DisplayName("CON-4: the director builds a desk review packet for a named monitor: PDF and CSV hold the self-check, policies, staff, rosters, 501.170 statistics and the files in scope, no victim canary, one DEPARTMENT_REVIEW ledger row per participant and per download")
	void packetHoldsTheProgramRecordsAndIsRecordedInTheLedger() throws IOException, SQLException {
		String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		AgencyFixture fixture = AgencyFixture.in(this.context);
		AgencyId agency = fixture.newAgency();
		LocalDate today = this.compliance.today();
		LocalDate from = today.minusMonths(6);
		ParticipantId inScope = fixture.enrolledParticipant(agency, "Inscope", Gender.MALE, today.minusMonths(2));
		ParticipantId endedBefore = fixture.enrolledParticipant(agency, "Endedbefore", Gender.MALE,
				today.minusYears(2));
		SystemScope.callAs(agency, () -> {
			this.participants.endProgram(endedBefore, ProgramStage.COMPLETED, today.minusYears(1));
			UUID victim = this.victims.addRecord(inScope,
					new VictimRecordCommand("Vera " + canary + "name", Relationship.CURRENT_PARTNER,
							canary + "addr 7 Oak Lane", "555-" + canary + "phone", "Text first " + canary + "safe",
							true, today.plusYears(1)));
			this.victims.recordContact(victim,
					new ContactCommand(LocalDateTime.now().minusDays(1).withNano(0), ContactKind.PHONE_CALL,
							ContactDirection.FROM_VICTIM, "She said " + canary + "summary", true, true, true, true,
							false));
			this.compliance.writePolicy(new PolicyCommand(SubpartBSection.CLIENT_RECORDS, "Client records",
					"Files are kept six years and open to the Department.", today.minusDays(3), null));
			return null;
		});
		StaffUser directorUser = fixture.newUser(agency, Role.PROGRAM_DIRECTOR);
		StaffUser monitorUser = fixture.newUser(agency, Role.DEPARTMENT_MONITOR);
		StaffUser otherMonitor = fixture.newUser(agency, Role.DEPARTMENT_MONITOR);

		WebSession director = new WebSession(this.port);
		director.signIn(directorUser);
		assertThat(director.get("/review-packets").body()).contains(monitorUser.username(), otherMonitor.username());
		HttpResponse<String> refused = director.submit("/review-packets", "/review-packets",
				Map.of("monitorUsername", "nobody", "from", today.toString(), "to", from.toString()));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Choose a Department monitor of this agency.",
				"The period cannot end before it starts.");
		HttpResponse<String> built = director.submit("/review-packets", "/review-packets",
				Map.of("monitorUsername", monitorUser.username(), "from", from.toString(), "to", today.toString()));
		assertThat(built.statusCode()).as(built.body()).isEqualTo(302);
		String location = built.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		UUID packet = UUID.fromString(location.substring("/review-packets/".length()));

		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			assertThat(ledger(owner, inScope)).hasSize(1)
				.allSatisfy((row) -> assertThat(row).contains("DEPARTMENT_REVIEW", "Avery Tester",
						"Illinois Department of Human Services", "review-packet " + packet));
			assertThat(ledger(owner, endedBefore)).isEmpty();
		}

		// What the packet holds, read back from the CSV files of the zip.
		byte[] zip = SystemScope.callAs(agency, () -> this.reviews.csvZip(packet));
		Map<String, ReviewPacket.PacketFile> files = PacketCsv.unzip(zip)
			.stream()
			.collect(Collectors.toMap(ReviewPacket.PacketFile::name, (f) -> f));
		assertThat(files).containsOnlyKeys("self-check.csv", "policies.csv", "staff-compliance.csv",
				"group-rosters.csv", "statistics-501-170.csv", "participants.csv");
		assertThat(files.get("self-check.csv").rows()).extracting((row) -> row.get(0))
			.contains("501.80", "501.200", "501.310");
		assertThat(files.get("policies.csv").rows()).hasSize(1)
			.first()
			.satisfies((row) -> assertThat(row).startsWith("501.200", "Client records", "1"));
		assertThat(files.get("participants.csv").rows()).extracting((row) -> row.get(0))
			.containsExactly(inScope.toString());
		assertThat(files.get("participants.csv").header()).contains("sessions_attended", "hours_attended");
		assertThat(files.get("staff-compliance.csv").rows()).extracting((row) -> row.get(0)).contains("Avery Tester");
		assertThat(files.get("statistics-501-170.csv").rows())
			.anyMatch((row) -> row.get(0).equals("a") && row.get(1).equals("501.170(a)"));
		String csvText = new String(zip, StandardCharsets.UTF_8)
				+ files.values().stream().map(PacketCsv::csv).collect(Collectors.joining());
		assertThat(csvText).doesNotContain(canary).doesNotContain("Vera");

		byte[] pdf = SystemScope.callAs(agency, () -> this.reviews.pdf(packet));
		String text = pdfText(pdf);
		assertThat(text).contains("Desk review packet", "501.200(b)", "Inscope", "participants.csv",
				"Files are kept six years");
		// Narrow columns wrap long headers inside words.
		assertThat(text.replace(" ", "")).contains("hours_attended", "sessions_required", "licence_expired_501_280c");
		assertThat(text).doesNotContain(canary);
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain(canary);

		// The monitor it is addressed to sees it, reads it and downloads it; each
		// download
		// is a ledger row.
		WebSession monitor = new WebSession(this.port);
		monitor.signIn(monitorUser);
		assertThat(monitor.get("/review-packets").body()).contains("/review-packets/" + packet);
		HttpResponse<String> contents = monitor.get("/review-packets/" + packet);
		assertThat(contents.statusCode()).isEqualTo(200);
		assertThat(contents.body()).contains("Inscope", inScope.toString()).doesNotContain(canary);
		// Downloads need a fresh step-up (ASVS 5.0 7.5.3, ADR 0023).
		assertThat(monitor.get("/review-packets/" + packet + "/packet.pdf").headers().firstValue("Location"))
			.hasValueSatisfying((stepUp) -> assertThat(stepUp).contains("/account/step-up"));
		monitor.stepUp();
		assertThat(monitor.get("/review-packets/" + packet + "/packet.pdf").statusCode()).isEqualTo(200);
		assertThat(monitor.get("/review-packets/" + packet + "/packet.zip").statusCode()).isEqualTo(200);
		assertThat(monitor.get("/participants/" + inScope).statusCode()).isEqualTo(403);
		assertThat(monitor.get("/compliance").statusCode()).isEqualTo(403);
		assertThat(monitor.get("/statistics").statusCode()).isEqualTo(403);

		// Another monitor sees neither the packet nor its files.
		WebSession other = new WebSession(this.port);
		other.signIn(otherMonitor);
		other.stepUp();
		assertThat(other.get("/review-packets").body()).doesNotContain(packet.toString());
		assertThat(other.get("/review-packets/" + packet).statusCode()).isEqualTo(404);
		assertThat(other.get("/review-packets/" + packet + "/packet.pdf").statusCode()).isEqualTo(404);

		try (Connection owner = OwnerDatabase.connect(this.environment)) {
			// Built, the system's two reads above, the monitor's two downloads.
			List<String> rows = ledger(owner, inScope);
			assertThat(rows).hasSize(5).allSatisfy((row) -> assertThat(row).contains("DEPARTMENT_REVIEW"));
			assertThat(rows).anyMatch((row) -> row.contains("downloaded (PDF) by " + monitorUser.username()));
			List<String> audit = ComplianceIntegrationTests.column(owner,
					"select action || ' ' || record_type || ' ' || coalesce(detail, '') from audit_log where agency_id = ? and record_type = 'review-packet'",
					agency.value());
			assertThat(audit).anyMatch((row) -> row.startsWith("CREATE review-packet"))
				.filteredOn((row) -> row.startsWith("EXPORT review-packet"))
				.hasSize(4);
			assertThat(ComplianceIntegrationTests.column(owner, "select a::text from audit_log a where agency_id = ?",
					agency.value()))
				.noneMatch((row) -> row.contains(canary));
		}
	}

	private static List<String> ledger(Connection owner, ParticipantId participant) throws SQLException {
		return ComplianceIntegrationTests.column(owner,
				"select legal_basis || ' ' || recipient_name || ' ' || description || ' ' || reference from disclosure_ledger where participant_id = ?",
				participant.value());
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}

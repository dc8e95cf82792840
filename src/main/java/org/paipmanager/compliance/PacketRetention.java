package org.paipmanager.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.retention.ParticipantRecordsDestroyed;
import org.paipmanager.shared.PdfRenderer;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes a participant destroyed under 501.200(a) (CON-3) out of every stored desk review
 * packet, in the destroying transaction: the id from the packet's list, the row from its
 * participants file, the name from the self-check's record lists, and the PDF rendered
 * again from what is left. Aggregate figures (statistics, rosters, counts) stay as they
 * were sent. Audited with counts only.
 */
@Component
class PacketRetention {

	static final String PARTICIPANTS_FILE = "participants.csv";

	static final String SELF_CHECK_FILE = "self-check.csv";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final PdfRenderer pdf;

	PacketRetention(JdbcClient jdbc, AuditLog audit, PdfRenderer pdf) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.pdf = pdf;
	}

	@EventListener
	public void participantDestroyed(ParticipantRecordsDestroyed destroyed) {
		UUID participant = destroyed.participantId();
		List<Stored> packets = this.jdbc.sql("""
				select id, monitor_username, monitor_name, period_from, period_to, created_by_username, created_at,
				    agency_name
				from compliance_review_packet where ? = any(participant_ids) order by created_at, id""")
			.param(participant)
			.query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("monitor_username"),
					rs.getString("monitor_name"), rs.getObject("period_from", java.time.LocalDate.class),
					rs.getObject("period_to", java.time.LocalDate.class), rs.getString("created_by_username"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("agency_name")))
			.list();
		long rows = 0;
		for (Stored packet : packets) {
			byte[] zip = this.jdbc.sql("select csv_zip from compliance_review_packet where id = ?")
				.param(packet.id())
				.query(byte[].class)
				.single();
			Scrubbed scrubbed = scrub(PacketCsv.unzip(zip), participant.toString());
			rows += scrubbed.removed();
			int remaining = scrubbed.files()
				.stream()
				.filter((f) -> PARTICIPANTS_FILE.equals(f.name()))
				.mapToInt((f) -> f.rows().size())
				.sum();
			ReviewPacketListing listing = new ReviewPacketListing(packet.id(), packet.monitorUsername(),
					packet.monitorName(), packet.from(), packet.to(), remaining, packet.createdBy(),
					packet.createdAt());
			this.jdbc.sql("""
					update compliance_review_packet set participant_ids = array_remove(participant_ids, ?),
					    csv_zip = ?, pdf = ? where id = ?""")
				.params(participant, PacketCsv.zip(scrubbed.files()),
						PacketPdf.render(this.pdf, packet.agencyName(), listing, scrubbed.files()), packet.id())
				.update();
		}
		if (!packets.isEmpty()) {
			this.audit.record(AuditAction.DELETE, DeskReviews.PACKET, participant.toString(), "501.200(a) batch "
					+ destroyed.batchId() + ": removed from packets=" + packets.size() + ", rows and names=" + rows);
		}
	}

	/**
	 * The files without the participant: the rows whose first column is the id, and the
	 * name of that row from the self-check's record lists.
	 */
	static Scrubbed scrub(List<ReviewPacket.PacketFile> files, String participantId) {
		List<String> names = new ArrayList<>();
		long removed = 0;
		List<ReviewPacket.PacketFile> kept = new ArrayList<>();
		for (ReviewPacket.PacketFile file : files) {
			int idColumn = file.header().indexOf("participant_id");
			if (idColumn < 0) {
				kept.add(file);
				continue;
			}
			int last = file.header().indexOf("last_name");
			int first = file.header().indexOf("first_name");
			List<List<String>> rows = new ArrayList<>();
			for (List<String> row : file.rows()) {
				if (idColumn < row.size() && participantId.equals(row.get(idColumn))) {
					removed++;
					if (first >= 0 && last >= 0 && first < row.size() && last < row.size()) {
						names.add(row.get(first) + " " + row.get(last));
					}
				}
				else {
					rows.add(row);
				}
			}
			kept.add(new ReviewPacket.PacketFile(file.name(), file.header(), rows));
		}
		List<ReviewPacket.PacketFile> result = new ArrayList<>();
		for (ReviewPacket.PacketFile file : kept) {
			int records = file.header().indexOf("records");
			if (!SELF_CHECK_FILE.equals(file.name()) || records < 0 || names.isEmpty()) {
				result.add(file);
				continue;
			}
			List<List<String>> rows = new ArrayList<>();
			for (List<String> row : file.rows()) {
				if (records >= row.size()) {
					rows.add(row);
					continue;
				}
				List<String> items = new ArrayList<>(List.of(row.get(records).split("; ", -1)));
				if (items.removeIf(names::contains)) {
					removed++;
					List<String> changed = new ArrayList<>(row);
					changed.set(records, String.join("; ", items));
					rows.add(changed);
				}
				else {
					rows.add(row);
				}
			}
			result.add(new ReviewPacket.PacketFile(file.name(), file.header(), rows));
		}
		return new Scrubbed(result, removed);
	}

	record Scrubbed(List<ReviewPacket.PacketFile> files, long removed) {
	}

	private record Stored(UUID id, String monitorUsername, String monitorName, java.time.LocalDate from,
			java.time.LocalDate to, String createdBy, java.time.Instant createdAt, String agencyName) {
	}

}

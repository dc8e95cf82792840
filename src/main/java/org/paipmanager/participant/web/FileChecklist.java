package org.paipmanager.participant.web;

import java.util.ArrayList;
import java.util.List;

import org.paipmanager.participant.CaseNote;
import org.paipmanager.participant.FileChecklistItem;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantFileContent;
import org.paipmanager.participant.ProgramStage;

/**
 * The 501.115(b)(11) A-I checklist of one participant file: what the file holds, what it
 * still lacks, and what is not due yet.
 *
 * @param rows one row per item, A to I
 */
public record FileChecklist(List<Row> rows) {

	/**
	 * One checklist item.
	 *
	 * @param item letter A-I
	 * @param status whether the file holds it
	 * @param detailKey a message key explaining the status, or null
	 */
	public record Row(char item, Status status, String detailKey) {

		public String labelKey() {
			return "fileChecklist." + this.item;
		}

	}

	public FileChecklist {
		rows = List.copyOf(rows);
	}

	public enum Status {

		PRESENT, MISSING, NOT_DUE

	}

	static FileChecklist of(ParticipantDetails participant, List<CaseNote> notes,
			List<ParticipantFileContent> sections) {
		List<FileChecklistItem> items = new ArrayList<>();
		sections.forEach((section) -> items.addAll(section.checklist()));
		// G and H belong to the participant record itself.
		items.add(new FileChecklistItem('G', !notes.isEmpty(), null));
		boolean ended = participant.stage() == ProgramStage.COMPLETED || participant.stage() == ProgramStage.TERMINATED;
		items.add(new FileChecklistItem('H', ended, ended ? null : "fileChecklist.notDue"));
		List<Row> rows = new ArrayList<>();
		boolean attending = participant.stage().isEnrolledOrLater();
		for (char item = 'A'; item <= 'I'; item++) {
			Row row = row(item, items);
			// Attendance and payments begin with the first session.
			if ((item == 'E' || item == 'F') && !attending && row.status() == Status.MISSING) {
				row = new Row(item, Status.NOT_DUE, "fileChecklist.notDue");
			}
			rows.add(row);
		}
		return new FileChecklist(List.copyOf(rows));
	}

	private static Row row(char item, List<FileChecklistItem> items) {
		List<FileChecklistItem> answers = items.stream().filter((answer) -> answer.item() == item).toList();
		if (answers.isEmpty()) {
			return new Row(item, Status.MISSING, "fileChecklist.notRecorded");
		}
		// An item is held when every section that answers it holds its part.
		FileChecklistItem first = answers.stream()
			.filter((answer) -> !answer.present())
			.findFirst()
			.orElse(answers.get(0));
		if (first.present()) {
			return new Row(item, Status.PRESENT, first.detailKey());
		}
		boolean notDue = "fileChecklist.notDue".equals(first.detailKey());
		return new Row(item, notDue ? Status.NOT_DUE : Status.MISSING, first.detailKey());
	}

	public long missing() {
		return this.rows.stream().filter((row) -> row.status() == Status.MISSING).count();
	}

}

package org.paipmanager.participant;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.paipmanager.agency.PartnerAgencyListing;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.ParticipantId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole participant file in one transaction: the record, case notes and every
 * module's section, read and audited together and committed once, instead of one
 * transaction (and one commit of audit rows) per section.
 */
@Service
public class ReadingParticipantFile {

	private final ParticipantManagement participants;

	private final List<ParticipantFileSection> sections;

	ReadingParticipantFile(ParticipantManagement participants, List<ParticipantFileSection> sections) {
		this.participants = participants;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ParticipantFileSection::order)).toList();
	}

	/** What the file page shows of one participant to the current actor. */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public ParticipantFile read(ParticipantId id) {
		ParticipantDetails participant = this.participants.get(id);
		List<CaseNote> notes = this.participants.caseNotes(id);
		Actor actor = CurrentActor.require();
		List<ParticipantFileContent> contents = this.sections.stream()
			.map((section) -> section.read(participant, actor))
			.flatMap(Optional::stream)
			.toList();
		return new ParticipantFile(participant, this.participants.referringAgency(participant).orElse(null), notes,
				contents);
	}

	/**
	 * @param referringAgency null when the referral named no agency from the directory
	 */
	public record ParticipantFile(ParticipantDetails participant, PartnerAgencyListing referringAgency,
			List<CaseNote> notes, List<ParticipantFileContent> sections) {

		public ParticipantFile {
			notes = List.copyOf(notes);
			sections = List.copyOf(sections);
		}

	}

}

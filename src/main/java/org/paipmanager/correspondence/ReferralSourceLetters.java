package org.paipmanager.correspondence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgencyProfile;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.ParticipantId;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a letter to a participant's referral source in English with the letterhead and
 * the participant facts every such letter carries (name, date of birth, case number,
 * referral date), and files it. Participant-side data only.
 */
@Component
class ReferralSourceLetters {

	// Letters go to Illinois courts, probation and other referral sources, which work in
	// English, whatever language the staff member reads the application in.
	static final Locale LETTER_LANGUAGE = Locale.ENGLISH;

	static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", LETTER_LANGUAGE);

	private final CorrespondenceManagement correspondence;

	private final ParticipantManagement participants;

	private final AgencyManagement agencies;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	ReferralSourceLetters(CorrespondenceManagement correspondence, ParticipantManagement participants,
			AgencyManagement agencies, ITemplateEngine templates, MessageSource messages) {
		this.correspondence = correspondence;
		this.participants = participants;
		this.agencies = agencies;
		this.templates = templates;
		this.messages = messages;
	}

	ParticipantDetails participant(ParticipantId id) {
		return this.participants.get(id);
	}

	String name(ParticipantDetails participant) {
		return participant.firstName() + " " + participant.lastName();
	}

	String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LETTER_LANGUAGE);
	}

	String messageOrEmpty(String key) {
		return this.messages.getMessage(key, null, "", LETTER_LANGUAGE);
	}

	/**
	 * Renders {@code template} with the letterhead, the participant facts and
	 * {@code specifics}, and files it in the caller's transaction.
	 */
	UUID write(ParticipantDetails participant, CorrespondenceKind kind, String template, LocalDate date, UUID cause,
			Map<String, Object> specifics) {
		String name = name(participant);
		String recipient = message("referralSource." + participant.referralSource());
		String subject = message("letter.subject." + kind, name);
		Map<String, Object> model = new HashMap<>(specifics);
		Optional<AgencyProfile> agency = this.agencies.currentAgency();
		model.put("agencyName", agency.map(AgencyProfile::name).orElse(""));
		model.put("agencyPhone", agency.map(AgencyProfile::phone).orElse(null));
		model.put("date", LETTER_DATE.format(date));
		model.put("recipient", recipient);
		model.put("subject", subject);
		model.put("name", name);
		model.put("dateOfBirth", LETTER_DATE.format(participant.dateOfBirth()));
		model.put("caseNumber", participant.caseNumber());
		model.put("referredOn",
				(participant.referredOn() != null) ? LETTER_DATE.format(participant.referredOn()) : null);
		String html = this.templates.process(template, new Context(LETTER_LANGUAGE, model));
		return this.correspondence.file(participant.id(), kind, recipient, participant.caseNumber(), subject,
				html.strip(), cause);
	}

}

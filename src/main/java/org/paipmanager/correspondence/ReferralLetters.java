package org.paipmanager.correspondence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.paipmanager.agency.AgencyManagement;
import org.paipmanager.agency.AgencyProfile;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ReferralDecided;
import org.paipmanager.participant.ReferralOutcome;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the letter that tells the referral source of a referral decision (PAR-2,
 * 501.230(a)). It holds participant-side data only: name, date of birth, case number, the
 * decision and its coded reason and recommended sanction.
 */
@Component
class ReferralLetters {

	// Letters go to Illinois courts, probation and other referral sources, which work in
	// English, whatever language the staff member reads the application in.
	private static final Locale LETTER_LANGUAGE = Locale.ENGLISH;

	private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", LETTER_LANGUAGE);

	private final CorrespondenceManagement correspondence;

	private final ParticipantManagement participants;

	private final AgencyManagement agencies;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	ReferralLetters(CorrespondenceManagement correspondence, ParticipantManagement participants,
			AgencyManagement agencies, ITemplateEngine templates, MessageSource messages) {
		this.correspondence = correspondence;
		this.participants = participants;
		this.agencies = agencies;
		this.templates = templates;
		this.messages = messages;
	}

	// Synchronous, in the deciding transaction: a decision without its letter (or a
	// letter
	// without its decision) is never saved, unlike with an async
	// @ApplicationModuleListener.
	@EventListener
	void on(ReferralDecided decision) {
		ParticipantDetails participant = this.participants.get(decision.participantId());
		boolean accepted = decision.outcome() == ReferralOutcome.ACCEPTED;
		CorrespondenceKind kind = accepted ? CorrespondenceKind.REFERRAL_ACCEPTED
				: CorrespondenceKind.REFERRAL_REJECTED;
		String name = participant.firstName() + " " + participant.lastName();
		String recipient = message("referralSource." + participant.referralSource());
		String subject = message("letter.subject." + kind, name);
		Map<String, Object> model = new HashMap<>();
		model.put("accepted", accepted);
		Optional<AgencyProfile> agency = this.agencies.currentAgency();
		model.put("agencyName", agency.map(AgencyProfile::name).orElse(""));
		model.put("agencyPhone", agency.map(AgencyProfile::phone).orElse(null));
		model.put("date", LETTER_DATE.format(decision.decidedOn()));
		model.put("recipient", recipient);
		model.put("subject", subject);
		model.put("name", name);
		model.put("dateOfBirth", LETTER_DATE.format(participant.dateOfBirth()));
		model.put("caseNumber", participant.caseNumber());
		model.put("referredOn", format(participant.referredOn()));
		model.put("reason", decision.rejectionReason());
		model.put("sanction", decision.alternativeSanction());
		model.put("explanation", decision.explanation());
		String html = this.templates.process("correspondence/letter-referral", new Context(LETTER_LANGUAGE, model));
		this.correspondence.file(decision.participantId(), kind, recipient, participant.caseNumber(), subject,
				html.strip(), decision.decisionId());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LETTER_LANGUAGE);
	}

	private static String format(LocalDate date) {
		return (date != null) ? LETTER_DATE.format(date) : null;
	}

}

package org.paipmanager.coordination.web;

import java.util.Locale;

import org.paipmanager.coordination.PrintableReferral;
import org.paipmanager.shared.PdfFactSheet;
import org.paipmanager.shared.PdfRenderer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A referral for an agency on paper as a PDF, from the same facts as the printable page:
 * nothing from outside the document is fetched.
 */
@Component
class ReferralPdf {

	private final MessageSource messages;

	private final PdfRenderer pdf;

	ReferralPdf(MessageSource messages, PdfRenderer pdf) {
		this.messages = messages;
		this.pdf = pdf;
	}

	byte[] render(PrintableReferral referral, Locale locale) {
		return new PdfFactSheet(text("coordination.print.title", locale, referral.partnerAgencyName()))
			.row(text("coordination.print.from", locale),
					referral.programName() + ((referral.programPhone() != null) ? ", " + referral.programPhone() : ""))
			.row(text("coordination.print.to", locale), referral.partnerAgencyName())
			.row(text("coordination.print.participant", locale), referral.participantName())
			.row(text("coordination.print.dateOfBirth", locale),
					(referral.dateOfBirth() != null) ? referral.dateOfBirth().toString() : null)
			.row(text("coordination.referral.category", locale),
					text("coordination.category." + referral.category(), locale))
			.row(text("coordination.referral.purpose", locale), referral.purpose())
			.row(text("coordination.referral.referredOn", locale), referral.referredOn().toString())
			.row(text("coordination.print.sentOn", locale), referral.sentOn().toString())
			.row(text("coordination.print.release", locale), referral.releaseId().toString())
			.paragraph(text("coordination.print.answer", locale))
			.paragraph("(501.115(b)(11)(B), 501.210(b))")
			.render(this.pdf, locale.getLanguage());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}

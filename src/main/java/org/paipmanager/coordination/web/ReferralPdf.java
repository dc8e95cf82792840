package org.paipmanager.coordination.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.paipmanager.coordination.PrintableReferral;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A referral for an agency on paper as a PDF, from the same facts as the printable page:
 * nothing from outside the document is fetched.
 */
@Component
class ReferralPdf {

	private final MessageSource messages;

	ReferralPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(PrintableReferral referral, Locale locale) {
		String title = text("coordination.print.title", locale, referral.partnerAgencyName());
		StringBuilder rows = new StringBuilder();
		row(rows, text("coordination.print.from", locale),
				referral.programName() + ((referral.programPhone() != null) ? ", " + referral.programPhone() : ""));
		row(rows, text("coordination.print.to", locale), referral.partnerAgencyName());
		row(rows, text("coordination.print.participant", locale), referral.participantName());
		row(rows, text("coordination.print.dateOfBirth", locale),
				(referral.dateOfBirth() != null) ? referral.dateOfBirth().toString() : "-");
		row(rows, text("coordination.referral.category", locale),
				text("coordination.category." + referral.category(), locale));
		row(rows, text("coordination.referral.purpose", locale), referral.purpose());
		row(rows, text("coordination.referral.referredOn", locale), referral.referredOn().toString());
		row(rows, text("coordination.print.sentOn", locale), referral.sentOn().toString());
		row(rows, text("coordination.print.release", locale), referral.releaseId().toString());
		String document = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + locale.getLanguage()
				+ "\"><head><meta charset=\"utf-8\"/><title>" + escape(title)
				+ "</title><style>body{font-family:sans-serif;font-size:11pt;margin:2cm}"
				+ "th{text-align:left;padding-right:1em;font-weight:normal;color:#444;vertical-align:top}"
				+ "td{font-weight:bold}</style></head><body><h1>" + escape(title) + "</h1><table>" + rows
				+ "</table><p>" + escape(text("coordination.print.answer", locale)) + "</p>"
				+ "<p>(501.115(b)(11)(B), 501.210(b))</p></body></html>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode()
				.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
				.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
				.withHtmlContent(document, null)
				.toStream(out)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render referral " + referral.referralId(), ex);
		}
		return out.toByteArray();
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static void row(StringBuilder rows, String label, String value) {
		rows.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}

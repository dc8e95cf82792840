package org.paipmanager.fees.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.paipmanager.fees.ReceiptView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A payment receipt as a PDF, from the same facts as the printable page: nothing from
 * outside the document is fetched.
 */
@Component
class ReceiptPdf {

	private final MessageSource messages;

	ReceiptPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(ReceiptView receipt, String participantText, Locale locale) {
		String title = text("fees.receipt.number", locale, receipt.receiptNumber());
		StringBuilder rows = new StringBuilder();
		row(rows, text("fees.receipt.receivedFrom", locale), receipt.participantName());
		row(rows, text("participant.caseNumber", locale), (receipt.caseNumber() != null) ? receipt.caseNumber() : "-");
		row(rows, text("fees.payment.paidOn", locale), receipt.paidOn().toString());
		row(rows, text("fees.payment.amount", locale), money(receipt.amount()));
		row(rows, text("fees.payment.method", locale), text("fees.method." + receipt.method(), locale));
		if (receipt.note() != null) {
			row(rows, text("fees.payment.note", locale), receipt.note());
		}
		row(rows, text("fees.receipt.balanceAfter", locale), money(receipt.balanceAfter()));
		row(rows, text("fees.receipt.receivedBy", locale), receipt.receivedBy());
		String document = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + locale.getLanguage()
				+ "\"><head><meta charset=\"utf-8\"/><title>" + escape(title)
				+ "</title><style>body{font-family:sans-serif;font-size:11pt;margin:2cm}"
				+ "th{text-align:left;padding-right:1em;font-weight:normal;color:#444}td{font-weight:bold}</style>"
				+ "</head><body><h1>" + escape(title) + "</h1><table>" + rows + "</table>"
				+ ((participantText != null) ? "<p>" + escape(participantText) + "</p>" : "") + "<p>(501.270)</p>"
				+ "</body></html>";
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
			throw new UncheckedIOException("Could not render receipt " + receipt.receiptNumber(), ex);
		}
		return out.toByteArray();
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static void row(StringBuilder rows, String label, String value) {
		rows.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>");
	}

	private static String money(BigDecimal amount) {
		return "$" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(amount);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}

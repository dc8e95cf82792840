package org.paipmanager.fees.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.paipmanager.fees.ReceiptView;
import org.paipmanager.shared.PdfFactSheet;
import org.paipmanager.shared.PdfRenderer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A payment receipt as a PDF, from the same facts as the printable page: nothing from
 * outside the document is fetched.
 */
@Component
class ReceiptPdf {

	private final MessageSource messages;

	private final PdfRenderer pdf;

	ReceiptPdf(MessageSource messages, PdfRenderer pdf) {
		this.messages = messages;
		this.pdf = pdf;
	}

	byte[] render(ReceiptView receipt, String participantText, Locale locale) {
		PdfFactSheet sheet = new PdfFactSheet(text("fees.receipt.number", locale, receipt.receiptNumber()))
			.row(text("fees.receipt.receivedFrom", locale), receipt.participantName())
			.row(text("participant.caseNumber", locale), receipt.caseNumber())
			.row(text("fees.payment.paidOn", locale), receipt.paidOn().toString())
			.row(text("fees.payment.amount", locale), money(receipt.amount()))
			.row(text("fees.payment.method", locale), text("fees.method." + receipt.method(), locale));
		if (receipt.note() != null) {
			sheet.row(text("fees.payment.note", locale), receipt.note());
		}
		return sheet.row(text("fees.receipt.balanceAfter", locale), money(receipt.balanceAfter()))
			.row(text("fees.receipt.receivedBy", locale), receipt.receivedBy())
			.paragraph(participantText)
			.paragraph("(501.270)")
			.render(this.pdf, locale.getLanguage());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String money(BigDecimal amount) {
		return "$" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(amount);
	}

}

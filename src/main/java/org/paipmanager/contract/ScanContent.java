package org.paipmanager.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a signed scan really is, from its bytes alone: the declared content type and the
 * file name are never looked at. A scan is a PDF, PNG or JPEG when it starts with that
 * format's signature, ends with that format's end marker (nothing appended after it, so
 * no archive or page hidden behind an image) and its structure reads: a PDF with at least
 * one page, an image whose header gives sane dimensions.
 */
final class ScanContent {

	/** Largest image taken, in pixels: a letter page scanned at 600 dpi is 34 million. */
	static final long MAX_PIXELS = 40_000_000L;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** The IEND chunk every PNG ends with: length 0, type, CRC. */
	private static final byte[] PNG_END = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 'B', '`', (byte) 0x82 };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] JPEG_END = { (byte) 0xFF, (byte) 0xD9 };

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** Room a PDF may leave after its last %%EOF (line ends, padding). */
	private static final int PDF_TAIL = 1024;

	private ScanContent() {
	}

	/** The scan's media type, or empty when it is not a whole PDF, PNG or JPEG. */
	static Optional<String> mediaType(byte[] bytes) {
		if (bytes == null) {
			return Optional.empty();
		}
		if (startsWith(bytes, PDF) && pdfEndsProperly(bytes) && pdfReads(bytes)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(bytes, PNG) && endsWith(bytes, PNG_END) && imageReads(bytes, "png")) {
			return Optional.of("image/png");
		}
		if (startsWith(bytes, JPEG) && endsWith(bytes, JPEG_END) && imageReads(bytes, "jpeg")) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	private static boolean pdfEndsProperly(byte[] bytes) {
		int from = Math.max(0, bytes.length - PDF_TAIL - PDF_END.length);
		for (int i = bytes.length - PDF_END.length; i >= from; i--) {
			if (Arrays.equals(bytes, i, i + PDF_END.length, PDF_END, 0, PDF_END.length)) {
				for (int j = i + PDF_END.length; j < bytes.length; j++) {
					if (bytes[j] != '\r' && bytes[j] != '\n' && bytes[j] != ' ' && bytes[j] != 0) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	private static boolean pdfReads(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
			return document.getNumberOfPages() > 0;
		}
		catch (IOException | RuntimeException unreadable) {
			// PDFBox says why it cannot read the file in its own exception types; any of
			// them means this is not a PDF we keep.
			return false;
		}
	}

	private static boolean imageReads(byte[] bytes, String format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			return false;
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			return width > 0 && height > 0 && width * height <= MAX_PIXELS;
		}
		catch (IOException | RuntimeException unreadable) {
			// Image I/O refuses a broken header with IIOException, and some broken
			// headers
			// with runtime exceptions of its own: either way not an image we keep.
			return false;
		}
		finally {
			reader.dispose();
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
	}

	private static boolean endsWith(byte[] bytes, byte[] end) {
		return bytes.length >= end.length
				&& Arrays.equals(bytes, bytes.length - end.length, bytes.length, end, 0, end.length);
	}

}

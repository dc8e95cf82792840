package org.paipmanager.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

/**
 * Draws a fictional handwritten-looking scribble for a demo signature, as the PNG data
 * URL the signing form's pad sends. Headless: no display needed.
 */
final class SignaturePad {

	private static final int WIDTH = 240;

	private static final int HEIGHT = 60;

	String signature(String name) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
		Graphics2D pen = image.createGraphics();
		try {
			pen.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			pen.setColor(new Color(0x1b, 0x1b, 0x4b));
			pen.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			// One loop per letter of the name, its height and width taken from the
			// letter, so every person's scribble differs.
			Path2D.Double stroke = new Path2D.Double();
			double x = 12;
			stroke.moveTo(x, HEIGHT * 0.65);
			for (char letter : name.toCharArray()) {
				if (x > WIDTH - 20) {
					break;
				}
				if (letter == ' ') {
					x += 10;
					stroke.moveTo(x, HEIGHT * 0.65);
					continue;
				}
				double width = 6 + (letter % 7);
				double top = HEIGHT * 0.2 + (letter % 5) * 3;
				stroke.curveTo(x + width * 0.3, top, x + width * 0.9, top, x + width, HEIGHT * 0.65);
				x += width;
			}
			stroke.moveTo(14, HEIGHT * 0.85);
			stroke.quadTo(x / 2, HEIGHT * 0.95, x, HEIGHT * 0.8);
			pen.draw(stroke);
		}
		finally {
			pen.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

}

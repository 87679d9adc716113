package io.github.personalsite.engine.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Raster images the site needs and a project rarely brings: the share image for link previews
 * ({@code og-image.png}, 1200 × 630: initials, name, label), {@code apple-touch-icon.png} (180 × 180)
 * and {@code favicon.ico} (32 × 32) for browsers without SVG icons. Drawn with the JDK alone; on a
 * machine without fonts the images keep their shapes and colours and lose their text. A file of the
 * same name in {@code static/} replaces each.
 */
public final class Images {

    private Images() {
    }

    private static final Map<List<String>, Map<String, byte[]>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The images for these inputs; drawn once per JVM (drawing costs a few hundred milliseconds). */
    public static Map<String, byte[]> of(String name, String label, String initials, String accent, String host) {
        return CACHE.computeIfAbsent(java.util.Arrays.asList(name, label, initials, accent, host),
                k -> draw(name, label, initials, accent, host));
    }

    private static volatile boolean warm;

    /**
     * Sets up Java 2D's fonts and the PNG writer with a small image, which in a fresh JVM takes most of the
     * drawing time: a build calls it before the profile is read, so the images need not wait for it after.
     */
    public static void warmUp() {
        if (!warm) {
            System.setProperty("java.awt.headless", "true");
            png(icon(16, "Ww", Color.BLACK));
            warm = true;
        }
    }

    private static Map<String, byte[]> draw(String name, String label, String initials, String accent, String host) {
        System.setProperty("java.awt.headless", "true");
        Color colour = Color.decode(expand(accent));
        Map<String, byte[]> images = new LinkedHashMap<>();
        images.put(Seo.SHARE_IMAGE, png(shareImage(name, label, initials, colour, host)));
        images.put("apple-touch-icon.png", png(icon(180, initials, colour)));
        images.put("favicon.ico", ico(png(icon(32, initials, colour))));
        return images;
    }

    /**
     * The share image holds the accent colour, white, and blends of the two only (every shape and text is
     * one of them, partly transparent or antialiased over the other): it is drawn in grey, black for the
     * accent and white for white, and written with a palette of the 256 blends, a third of the pixel
     * bytes of RGB to draw, filter and compress.
     */
    private static BufferedImage shareImage(String name, String label, String initials, Color accent, String host) {
        BufferedImage grey = new BufferedImage(1200, 630, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = graphics(grey);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 1200, 630);
        g.setColor(Color.WHITE);
        g.fillOval(90, 175, 280, 280);
        g.setColor(new Color(255, 255, 255, 60));
        g.setStroke(new BasicStroke(2));
        g.drawLine(90, 540, 1110, 540);
        text(g, initials, Color.BLACK, Font.BOLD, 110, 230, 315 + 40, true);
        List<String> nameLines = wrap(g, name, Font.BOLD, 68, 660);
        int y = 300 - (nameLines.size() - 1) * 40;
        for (String line : nameLines) {
            text(g, line, Color.WHITE, Font.BOLD, 68, 440, y, false);
            y += 80;
        }
        if (label != null) {
            for (String line : wrap(g, label, Font.PLAIN, 32, 660).stream().limit(2).toList()) {
                text(g, line, new Color(255, 255, 255, 220), Font.PLAIN, 32, 440, y - 10, false);
                y += 44;
            }
        }
        if (host != null) {
            text(g, host, new Color(255, 255, 255, 200), Font.PLAIN, 28, 90, 588, false);
        }
        g.dispose();
        return new BufferedImage(blends(accent), grey.getRaster(), false, null);
    }

    /** Entry i: the accent colour with i/255 of the way to white. */
    private static IndexColorModel blends(Color accent) {
        byte[] r = new byte[256];
        byte[] gr = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            r[i] = (byte) towardsWhite(accent.getRed(), i);
            gr[i] = (byte) towardsWhite(accent.getGreen(), i);
            b[i] = (byte) towardsWhite(accent.getBlue(), i);
        }
        return new IndexColorModel(8, 256, r, gr, b);
    }

    private static int towardsWhite(int channel, int share) {
        return channel + ((255 - channel) * share + 127) / 255;
    }

    private static BufferedImage icon(int size, String initials, Color accent) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.setColor(accent);
        g.fillRoundRect(0, 0, size, size, size * 7 / 16, size * 7 / 16);
        text(g, initials, Color.WHITE, Font.BOLD, size * 13 / 32, size / 2, size / 2 + size * 5 / 32, true);
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    /** Draws text if the machine has fonts; a missing font system only costs the text. */
    private static void text(Graphics2D g, String text, Color colour, int style, int size, int x, int y, boolean centre) {
        try {
            g.setFont(new Font(Font.SANS_SERIF, style, size));
            g.setColor(colour);
            int left = centre ? x - g.getFontMetrics().stringWidth(text) / 2 : x;
            g.drawString(text, left, y);
        } catch (RuntimeException | LinkageError e) {
            // No usable fonts (a bare server): keep the image without this text.
        }
    }

    private static List<String> wrap(Graphics2D g, String text, int style, int size, int width) {
        List<String> lines = new ArrayList<>();
        try {
            FontMetrics metrics = g.getFontMetrics(new Font(Font.SANS_SERIF, style, size));
            StringBuilder line = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        } catch (RuntimeException | LinkageError e) {
            lines.add(text);
        }
        return lines;
    }

    /**
     * The image as PNG, encoded in memory: {@code ImageIO.write} to a stream would buffer through a file
     * in the system's temporary folder (and fail where that folder cannot be written).
     */
    private static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** An ICO file holding one 32 × 32 PNG, which every browser since IE 11 reads. */
    private static byte[] ico(byte[] png) {
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        ico.put((byte) 32).put((byte) 32).put((byte) 0).put((byte) 0);
        ico.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        ico.put(png);
        return ico.array();
    }

    private static String expand(String hex) {
        return hex.length() == 4 ? "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2)
                + hex.charAt(3) + hex.charAt(3) : hex;
    }
}

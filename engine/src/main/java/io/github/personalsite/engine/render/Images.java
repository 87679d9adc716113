package io.github.personalsite.engine.render;

import io.github.personalsite.engine.image.BundledFont;
import io.github.personalsite.engine.image.Canvas;
import io.github.personalsite.engine.image.Java2dSurface;
import io.github.personalsite.engine.image.Png;
import io.github.personalsite.engine.image.Surface;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Raster images the site needs and a project rarely brings: the share image for link previews
 * ({@code og-image.png}, 1200 × 630: initials, name, label), {@code apple-touch-icon.png} (180 × 180)
 * and {@code favicon.ico} (32 × 32) for browsers without SVG icons. Drawn in DejaVu Sans, which the
 * engine carries ({@link BundledFont}), the same on every machine; a name or label in a script it lacks
 * is drawn with the system's fonts by Java 2D instead (without fonts, the images keep their shapes and
 * colours and lose their text). A file of the same name in {@code static/} replaces each.
 */
public final class Images {

    private static final int ACCENT = 0;
    private static final int WHITE = 255;

    private Images() {
    }

    private static final Map<List<String>, Map<String, byte[]>> CACHE = new ConcurrentHashMap<>();

    /** The images for these inputs; drawn once per JVM. */
    public static Map<String, byte[]> of(String name, String label, String initials, String accent, String host) {
        return CACHE.computeIfAbsent(Arrays.asList(name, label, initials, accent, host),
                k -> draw(name, label, initials, accent, host));
    }

    private static Map<String, byte[]> draw(String name, String label, String initials, String accent, String host) {
        boolean bundled = inBundledFont(name, label, initials, host);
        int rgb = Integer.parseInt(expand(accent).substring(1), 16);
        Map<String, byte[]> images = new LinkedHashMap<>();
        Surface.Pixels share = shareImage(bundled ? new Canvas(1200, 630) : new Java2dSurface(1200, 630),
                name, label, initials, host);
        byte[] palette = blends(rgb);
        images.put(Seo.SHARE_IMAGE, Png.indexed(share.width(), share.height(), share.level(), palette));
        images.put("apple-touch-icon.png", rgba(icon(180, initials, bundled), palette));
        images.put("favicon.ico", ico(rgba(icon(32, initials, bundled), palette)));
        return images;
    }

    /** Whether the engine's own font draws every text, or Java 2D must, with the system's fonts. */
    static boolean inBundledFont(String... texts) {
        return Stream.of(texts).allMatch(BundledFont::covers);
    }

    /**
     * The share image holds the accent colour, white, and blends of the two only (every shape and text is
     * one of them, partly transparent or antialiased over the other): it is drawn in levels from the
     * accent to white and written with a palette of the 256 blends, one byte a pixel.
     */
    private static Surface.Pixels shareImage(Surface s, String name, String label, String initials, String host) {
        s.fillRect(0, 0, 1200, 630, ACCENT, 255);
        s.fillOval(90, 175, 280, 280, WHITE, 255);
        s.fillRect(89, 539, 1022, 2, WHITE, 60);
        centred(s, initials, 110, 230, 315 + 40, ACCENT);
        List<String> nameLines = wrap(s, name, true, 68, 660);
        int y = 300 - (nameLines.size() - 1) * 40;
        for (String line : nameLines) {
            s.text(line, true, 68, 440, y, WHITE, 255);
            y += 80;
        }
        if (label != null) {
            for (String line : atMostTwo(s, wrap(s, label, false, 32, 660), 32, 660)) {
                s.text(line, false, 32, 440, y - 10, WHITE, 220);
                y += 44;
            }
        }
        if (host != null) {
            s.text(host, false, 28, 90, 588, WHITE, 200);
        }
        return s.pixels();
    }

    private static Surface.Pixels icon(int size, String initials, boolean bundled) {
        Surface s = bundled ? new Canvas(size, size) : new Java2dSurface(size, size);
        s.fillRoundRect(0, 0, size, size, size * 7 / 16, ACCENT, 255);
        centred(s, initials, size * 13 / 32, size / 2, size / 2 + size * 5 / 32, WHITE);
        return s.pixels();
    }

    private static void centred(Surface s, String text, int size, int x, int y, int level) {
        s.text(text, true, size, x - s.width(text, true, size) / 2, y, level, 255);
    }

    private static List<String> wrap(Surface s, String text, boolean bold, int size, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (s.width(candidate, bold, size) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The first two lines; when there are more, the second ends in an ellipsis that fits. */
    private static List<String> atMostTwo(Surface s, List<String> lines, int size, int width) {
        if (lines.size() <= 2) {
            return lines;
        }
        String second = lines.get(1);
        while (second.contains(" ") && s.width(second + "\u2026", false, size) > width) {
            second = second.substring(0, second.lastIndexOf(' '));
        }
        return List.of(lines.get(0), second + "\u2026");
    }

    /** Entry i: the accent colour with i/255 of the way to white, as RGB triples. */
    private static byte[] blends(int accent) {
        byte[] palette = new byte[256 * 3];
        for (int i = 0; i < 256; i++) {
            palette[i * 3] = (byte) towardsWhite(accent >> 16 & 255, i);
            palette[i * 3 + 1] = (byte) towardsWhite(accent >> 8 & 255, i);
            palette[i * 3 + 2] = (byte) towardsWhite(accent & 255, i);
        }
        return palette;
    }

    private static int towardsWhite(int channel, int share) {
        return channel + ((255 - channel) * share + 127) / 255;
    }

    /** The icon as an RGBA PNG: each level in the accent's blend, each pixel's opacity kept. */
    private static byte[] rgba(Surface.Pixels icon, byte[] palette) {
        byte[] level = icon.level();
        byte[] pixels = new byte[level.length * 4];
        for (int i = 0; i < level.length; i++) {
            int entry = (level[i] & 255) * 3;
            pixels[i * 4] = palette[entry];
            pixels[i * 4 + 1] = palette[entry + 1];
            pixels[i * 4 + 2] = palette[entry + 2];
            pixels[i * 4 + 3] = icon.alpha()[i];
        }
        return Png.rgba(icon.width(), icon.height(), pixels);
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

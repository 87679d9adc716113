package io.github.personalsite.engine.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans and DejaVu Sans Bold for the characters {@link #CHARACTERS} lists: Basic Latin, Latin-1,
 * Latin Extended-A, Romanian's comma letters and common punctuation (dashes, quotes, bullet, ellipsis,
 * primes, euro, trade mark). The outlines come from {@code dejavu-sans.glyphs}, which
 * {@code GlyphFileWriter} (in the engine's tests) writes from the fonts' TrueType files; the fonts'
 * licence is {@code DEJAVU-LICENSE.txt} beside it. Advances are fractional and no pair is kerned, as
 * Java 2D draws text by default.
 */
public final class BundledFont {

    static final int UNITS_PER_EM = 2048;

    /** Every character the file holds, in order. */
    static final String CHARACTERS = range(0x20, 0x7e) + range(0xa0, 0x17f) + range(0x218, 0x21b)
            + range(0x2010, 0x2022) + "\u2026\u2032\u2033\u2039\u203a\u20ac\u2122";

    private static final int INDEX_SIZE = 0x2123;

    private BundledFont() {
    }

    /** Whether every character of the text has a glyph here (white space counts, as it draws nothing). */
    public static boolean covers(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && (c >= INDEX_SIZE || Faces.FACES[0].index[c] < 0)) {
                return false;
            }
        }
        return true;
    }

    /** The text's advance at {@code size} pixels an em. */
    public static float width(String text, boolean bold, int size) {
        Face face = Faces.FACES[bold ? 1 : 0];
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += face.advance[face.glyph(text.charAt(i))];
        }
        return units * (float) size / UNITS_PER_EM;
    }

    /** The text's outline at {@code size} pixels an em, its baseline starting at (x, y). */
    public static Outline outline(String text, boolean bold, int size, float x, float y) {
        Face face = Faces.FACES[bold ? 1 : 0];
        float scale = (float) size / UNITS_PER_EM;
        Outline outline = new Outline();
        for (int i = 0; i < text.length(); i++) {
            int glyph = face.glyph(text.charAt(i));
            face.draw(glyph, outline, x, y, scale / 2); // the file's points are in half units
            x += face.advance[glyph] * scale;
        }
        return outline.close();
    }

    private static String range(int first, int last) {
        StringBuilder characters = new StringBuilder();
        for (int c = first; c <= last; c++) {
            characters.append((char) c);
        }
        return characters.toString();
    }

    /** The two faces, read the first time text is measured or drawn. */
    private static final class Faces {
        static final Face[] FACES = read();

        private static Face[] read() {
            try (InputStream in = BundledFont.class.getResourceAsStream("dejavu-sans.glyphs")) {
                byte[] data = in.readAllBytes();
                if (data[0] != 'P' || data[1] != 'S' || data[2] != 'G' || data[3] != '1' || shortAt(data, 4) != UNITS_PER_EM) {
                    throw new IllegalStateException("dejavu-sans.glyphs is not a glyph file of this engine");
                }
                Face regular = new Face(data, 6);
                return new Face[] {regular, new Face(data, regular.end)};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One face: where each character's outline starts in the file, and its advance. */
    private static final class Face {
        final byte[] data;
        final short[] index = new short[INDEX_SIZE];
        final int[] start;
        final short[] advance;
        final int end;

        Face(byte[] data, int at) {
            this.data = data;
            int count = shortAt(data, at);
            start = new int[count];
            advance = new short[count];
            java.util.Arrays.fill(index, (short) -1);
            int entries = at + 2;
            int outline = entries + count * 8;
            for (int glyph = 0; glyph < count; glyph++) {
                int entry = entries + glyph * 8;
                index[shortAt(data, entry + 2) & 0xffff] = (short) glyph;
                advance[glyph] = (short) shortAt(data, entry + 4);
                start[glyph] = outline;
                outline += shortAt(data, entry + 6) & 0xffff;
            }
            end = outline;
        }

        /** The glyph of the character; the question mark's for one the file lacks. */
        int glyph(char c) {
            short glyph = c < INDEX_SIZE ? index[c] : -1;
            return glyph >= 0 ? glyph : index['?'];
        }

        void draw(int glyph, Outline outline, float x, float y, float scale) {
            int end = glyph + 1 < start.length ? start[glyph + 1] : this.end;
            for (int at = start[glyph]; at < end;) {
                byte command = data[at++];
                if (command == 'Z') {
                    outline.close();
                    continue;
                }
                float px = x + shortAt(data, at) * scale;
                float py = y + shortAt(data, at + 2) * scale;
                at += 4;
                if (command == 'M') {
                    outline.moveTo(px, py);
                } else if (command == 'L') {
                    outline.lineTo(px, py);
                } else {
                    outline.quadTo(px, py, x + shortAt(data, at) * scale, y + shortAt(data, at + 2) * scale);
                    at += 4;
                }
            }
        }
    }

    private static int shortAt(byte[] data, int at) {
        return (short) ((data[at] & 255) << 8 | data[at + 1] & 255);
    }
}

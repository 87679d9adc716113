package io.github.personalsite.engine.image;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the glyph file {@link BundledFont} reads: the outlines and advances of the characters
 * {@link BundledFont#CHARACTERS} lists, regular and bold, taken from two TrueType files with Java 2D
 * (at a size of one em in font units: TrueType's points are whole units, the on-curve points it implies
 * between two control points half units, so the file holds half units and every point exactly). Run from the
 * engine folder, with Debian's {@code fonts-dejavu-core}:
 * <pre>
 * java -cp target/classes:target/test-classes io.github.personalsite.engine.image.GlyphFileWriter \
 *     /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf \
 *     src/main/resources/io/github/personalsite/engine/image/dejavu-sans.glyphs
 * </pre>
 * The format: "PSG1", units per em (short), then for each face the number of glyphs (short), their
 * entries (code point as int, advance as short, outline length in bytes as short), and the outlines
 * one after the other: commands of a byte ('M' move, 'L' line, 'Q' quadratic, 'Z' close) and their
 * points as shorts in half font units, y growing downwards from the baseline.
 */
public final class GlyphFileWriter {

    private GlyphFileWriter() {
    }

    public static void main(String[] args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("PSG1");
        out.writeShort(BundledFont.UNITS_PER_EM);
        for (String file : List.of(args[0], args[1])) {
            face(Font.createFont(Font.TRUETYPE_FONT, Path.of(file).toFile()).deriveFont((float) BundledFont.UNITS_PER_EM), out);
        }
        Files.write(Path.of(args[2]), bytes.toByteArray());
        System.out.println(bytes.size() + " bytes");
    }

    private static void face(Font font, DataOutputStream out) throws IOException {
        FontRenderContext context = new FontRenderContext(null, false, true);
        List<int[]> entries = new ArrayList<>();
        ByteArrayOutputStream outlines = new ByteArrayOutputStream();
        for (int c : BundledFont.CHARACTERS.codePoints().toArray()) {
            if (!font.canDisplay(c)) {
                throw new IllegalArgumentException(font.getFontName() + " has no glyph for U+" + Integer.toHexString(c));
            }
            GlyphVector glyph = font.createGlyphVector(context, Character.toString(c));
            byte[] outline = outline(glyph.getOutline().getPathIterator(null));
            entries.add(new int[] {c, Math.round(glyph.getGlyphMetrics(0).getAdvanceX()), outline.length});
            outlines.write(outline);
        }
        out.writeShort(entries.size());
        for (int[] entry : entries) {
            out.writeInt(entry[0]);
            out.writeShort(entry[1]);
            out.writeShort(entry[2]);
        }
        outlines.writeTo(out);
    }

    private static byte[] outline(PathIterator path) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        float[] p = new float[6];
        for (; !path.isDone(); path.next()) {
            int type = path.currentSegment(p);
            int points = switch (type) {
                case PathIterator.SEG_MOVETO -> { out.writeByte('M'); yield 1; }
                case PathIterator.SEG_LINETO -> { out.writeByte('L'); yield 1; }
                case PathIterator.SEG_QUADTO -> { out.writeByte('Q'); yield 2; }
                case PathIterator.SEG_CLOSE -> { out.writeByte('Z'); yield 0; }
                default -> throw new IllegalStateException("cubic segment in a TrueType outline");
            };
            for (int i = 0; i < points * 2; i++) {
                if (p[i] * 2 != Math.rint(p[i] * 2)) {
                    throw new IllegalStateException("coordinate " + p[i] + " is not a whole or half font unit");
                }
                out.writeShort((int) (p[i] * 2));
            }
        }
        return bytes.toByteArray();
    }
}

package io.github.personalsite.engine.image;

/**
 * Where an image is drawn: in levels from the accent colour (0) to white (255), each pixel with an
 * opacity, so that one drawing serves any accent colour and a palette of 256 blends holds it.
 */
public interface Surface {

    /** Fills the rectangle with the level at the opacity (0–255). */
    void fillRect(int x, int y, int width, int height, int level, int alpha);

    /** Fills the ellipse inside the rectangle. */
    void fillOval(int x, int y, int width, int height, int level, int alpha);

    /** Fills the rectangle with corners rounded by arcs {@code arc} wide (as Java 2D's fillRoundRect). */
    void fillRoundRect(int x, int y, int width, int height, int arc, int level, int alpha);

    /** The advance of the text in DejaVu Sans (or the system's sans-serif) at {@code size} pixels an em. */
    float width(String text, boolean bold, int size);

    /** Draws the text with its baseline starting at (x, y). */
    void text(String text, boolean bold, int size, float x, float y, int level, int alpha);

    /** The drawing: a level and an opacity for each pixel, row by row. */
    Pixels pixels();

    /** Levels and opacities, row by row. */
    record Pixels(int width, int height, byte[] level, byte[] alpha) {
    }
}

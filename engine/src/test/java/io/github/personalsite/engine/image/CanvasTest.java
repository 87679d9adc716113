package io.github.personalsite.engine.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CanvasTest {

    private static int alpha(Surface.Pixels pixels, int x, int y) {
        return pixels.alpha()[y * pixels.width() + x] & 255;
    }

    private static int level(Surface.Pixels pixels, int x, int y) {
        return pixels.level()[y * pixels.width() + x] & 255;
    }

    @Test
    void fillsAPixelAlignedSquareExactly() {
        Canvas canvas = new Canvas(10, 10);
        canvas.fill(new Outline().moveTo(2, 3).lineTo(6, 3).lineTo(6, 8).lineTo(2, 8), 200, 255);
        Surface.Pixels pixels = canvas.pixels();
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                boolean inside = x >= 2 && x < 6 && y >= 3 && y < 8;
                assertEquals(inside ? 255 : 0, alpha(pixels, x, y), x + "," + y);
                assertEquals(inside ? 200 : 0, level(pixels, x, y), x + "," + y);
            }
        }
    }

    @Test
    void coversPixelsByTheAreaInsideThem() {
        Canvas canvas = new Canvas(10, 10);
        // from x 2.5 to 6.25, and a triangle whose slanted edge halves the pixels it crosses
        canvas.fill(new Outline().moveTo(2.5f, 1).lineTo(6.25f, 1).lineTo(6.25f, 3).lineTo(2.5f, 3), 255, 255);
        canvas.fill(new Outline().moveTo(0, 5).lineTo(4, 9).lineTo(0, 9), 255, 255);
        Surface.Pixels pixels = canvas.pixels();
        assertEquals(128, alpha(pixels, 2, 1));
        assertEquals(255, alpha(pixels, 4, 2));
        assertEquals(64, alpha(pixels, 6, 2));
        assertEquals(128, alpha(pixels, 1, 6));
        assertEquals(255, alpha(pixels, 0, 7));
        assertEquals(0, alpha(pixels, 3, 6));
    }

    @Test
    void anOvalCoversTheAreaOfTheEllipse() {
        Canvas canvas = new Canvas(120, 120);
        canvas.fillOval(10, 10, 100, 100, 255, 255);
        Surface.Pixels pixels = canvas.pixels();
        double covered = 0;
        for (byte a : pixels.alpha()) {
            covered += (a & 255) / 255.0;
        }
        assertEquals(Math.PI * 50 * 50, covered, Math.PI * 50 * 50 * 0.002);
        assertEquals(255, alpha(pixels, 60, 60));
        assertEquals(0, alpha(pixels, 12, 12));
    }

    @Test
    void translucentPaintBlendsWithWhatIsUnderneath() {
        Canvas canvas = new Canvas(4, 4);
        canvas.fillRect(0, 0, 4, 4, 0, 255);
        canvas.fillRect(0, 0, 2, 4, 255, 60);
        Surface.Pixels pixels = canvas.pixels();
        assertEquals(60, level(pixels, 1, 1));
        assertEquals(255, alpha(pixels, 1, 1));
        assertEquals(0, level(pixels, 3, 1));
        Canvas empty = new Canvas(4, 4);
        empty.fillRect(0, 0, 2, 2, 255, 60);
        assertEquals(255, level(empty.pixels(), 1, 1), "over nothing the paint keeps its level");
        assertEquals(60, alpha(empty.pixels(), 1, 1));
    }

    @Test
    void shapesReachingOutsideTheCanvasAreCutAtItsEdges() {
        Canvas canvas = new Canvas(10, 10);
        canvas.fill(new Outline().moveTo(-20, -5).lineTo(30, 5).lineTo(30, 20).lineTo(-20, 20), 255, 255);
        Surface.Pixels pixels = canvas.pixels();
        assertEquals(255, alpha(pixels, 0, 9));
        assertEquals(255, alpha(pixels, 9, 9));
        // the edge y = x / 5 - 1 enters the canvas at x = 5 on the top row: left of that all is inside
        assertEquals(255, alpha(pixels, 0, 0));
        int entering = alpha(pixels, 5, 0);
        int leaving = alpha(pixels, 9, 0);
        assertTrue(entering > 200 && entering < 255, "pixel 5,0 is nine tenths below the edge: " + entering);
        assertTrue(leaving > 0 && leaving < 40, "pixel 9,0 one tenth: " + leaving);
        Canvas cut = new Canvas(10, 10);
        cut.fill(new Outline().moveTo(-10, 2).lineTo(3, 2).lineTo(3, 4).lineTo(-10, 4), 255, 255);
        assertEquals(255, alpha(cut.pixels(), 0, 2));
        assertEquals(255, alpha(cut.pixels(), 2, 3));
        assertEquals(0, alpha(cut.pixels(), 3, 3));
        assertEquals(0, alpha(cut.pixels(), 0, 4));
        assertEquals(255, alpha(pixels, 9, 2));
    }
}

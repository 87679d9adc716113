package io.github.personalsite.engine.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BundledFontTest {

    @Test
    void coversLatinNamesAndNotOtherScripts() {
        for (String latin : new String[] {"Zhuofu Chen", "Łukasz Dvořák", "Ștefan Ţară", "Zoë O’Brien-Núñez",
                "PhD student · Systems — “ML”…", "İI", "chenzhuofu.github.io"}) {
            assertTrue(BundledFont.covers(latin), latin);
        }
        for (String other : new String[] {"陈卓甫", "Σωκράτης", "Дмитрий", "Nguyễn", "😀"}) {
            assertFalse(BundledFont.covers(other), other);
        }
        assertTrue(BundledFont.covers(null));
        assertTrue(BundledFont.covers("tab\tand\u2003em space"), "white space draws nothing");
    }

    @Test
    void widthsAreSumsOfAdvancesScaledBySize() {
        float h = BundledFont.width("H", true, 100);
        assertEquals(2 * h, BundledFont.width("HH", true, 100), 0.001);
        assertEquals(2 * h, BundledFont.width("H", true, 200), 0.001);
        assertTrue(BundledFont.width("H", false, 100) < h, "bold is wider");
        assertTrue(BundledFont.width("i", false, 100) < BundledFont.width("m", false, 100));
    }

    /** An "H" 100 pixels an em: two stems and a bar, ink from the baseline up to the cap height. */
    @Test
    void drawsTheLetterWithItsStemsAndBar() {
        Canvas canvas = new Canvas(100, 120);
        canvas.text("H", false, 100, 0, 100, 255, 255);
        Surface.Pixels pixels = canvas.pixels();
        int width = (int) BundledFont.width("H", false, 100);
        int[] bar = inkAcross(pixels, 60, width); // mid-height: stem, bar, stem
        int[] below = inkAcross(pixels, 90, width); // near the baseline: stem, gap, stem
        assertEquals(1, bar[1], "one run of ink across the bar");
        assertEquals(2, below[1], "two stems below the bar");
        assertEquals(0, inkAcross(pixels, 20, width)[0], "nothing above the cap height");
        assertEquals(0, inkAcross(pixels, 105, width)[0], "nothing below the baseline");
    }

    /** {ink pixels, runs of ink} on row y. */
    private static int[] inkAcross(Surface.Pixels pixels, int y, int width) {
        int ink = 0;
        int runs = 0;
        boolean inRun = false;
        for (int x = 0; x < width; x++) {
            boolean dark = (pixels.alpha()[y * pixels.width() + x] & 255) > 128;
            ink += dark ? 1 : 0;
            runs += dark && !inRun ? 1 : 0;
            inRun = dark;
        }
        return new int[] {ink, runs};
    }

    @Test
    void aCharacterTheFontLacksDrawsAsAQuestionMark() {
        assertEquals(BundledFont.width("?", false, 40), BundledFont.width("陈", false, 40), 0.001);
    }
}

package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImagesTest {

    /** Image I/O's default stream for writing keeps a file in the system's temporary folder. */
    @Test
    void imagesAreEncodedWithoutATemporaryFile(@TempDir Path dir) throws Exception {
        Path cache = Files.createDirectory(dir.resolve("cache"));
        ImageIO.setCacheDirectory(cache.toFile());
        Files.delete(cache); // a cache file can no longer be made
        Map<String, byte[]> images;
        try {
            images = Images.of("Cache Test " + System.nanoTime(), "Label", "CT", "#1d5fa7", null);
        } finally {
            ImageIO.setCacheDirectory(null);
        }
        BufferedImage share = ImageIO.read(new ByteArrayInputStream(images.get(Seo.SHARE_IMAGE)));
        assertEquals(1200, share.getWidth());
        assertEquals(630, share.getHeight());
    }

    /**
     * The share image is written with a palette of blends from the accent colour to white: the background
     * is the accent, the initials' disc white, and every pixel (antialiased text included) lies on the way
     * from one to the other; drawn with the engine's font or, for Greek, with the system's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Palette Test", "Σωκράτης Παλέτα"})
    void shareImageIsAccentWhiteAndTheirBlendsInAPalette(String name) throws Exception {
        Map<String, byte[]> images = Images.of(name + " " + System.nanoTime(), "A label long enough to wrap",
                "PT", "#b4462b", "palette.example.org");
        BufferedImage share = ImageIO.read(new ByteArrayInputStream(images.get(Seo.SHARE_IMAGE)));
        assertEquals(BufferedImage.TYPE_BYTE_INDEXED, share.getType());
        assertEquals(0xb4462b, share.getRGB(5, 5) & 0xffffff);
        assertEquals(0xffffff, share.getRGB(230, 190) & 0xffffff);
        int blends = 0;
        for (int y = 0; y < share.getHeight(); y++) {
            for (int x = 0; x < share.getWidth(); x++) {
                int rgb = share.getRGB(x, y);
                double t = ((rgb & 255) - 0x2b) / (255.0 - 0x2b); // blue moves furthest: the finest measure
                assertTrue(Math.abs(0xb4 + t * (255 - 0xb4) - (rgb >> 16 & 255)) <= 1.5
                        && Math.abs(0x46 + t * (255 - 0x46) - (rgb >> 8 & 255)) <= 1.5, "pixel " + x + "," + y);
                blends += t > 0.05 && t < 0.95 ? 1 : 0;
            }
        }
        assertTrue(blends > 1000, "antialiased edges and translucent text: " + blends);
    }

    @Test
    void latinTextIsDrawnWithTheEnginesFontOtherScriptsWithTheSystems() {
        assertTrue(Images.inBundledFont("Zoë Łukasiewicz-Núñez", "Researcher · “systems”", "ZŁ", null));
        assertFalse(Images.inBundledFont("陈卓甫", "Researcher", "陈", null));
        assertFalse(Images.inBundledFont("Zhuofu Chen", "研究者", "ZC", "example.org"));
    }

    /**
     * Drawn with the engine's own font, outlines and rasterizer (no floating-point step that may differ
     * between processors), the share image is the same pixels on every machine, fonts installed or not.
     * After an intended change to the drawing, write the new image with {@code Images.of} and the
     * arguments below into the resource, and look at it.
     */
    @Test
    void shareImageOfALatinNameIsTheSamePixelsOnEveryMachine() throws Exception {
        Map<String, byte[]> images = Images.of("Ada Lovelace",
                "Analyst of the Analytical Engine · Mathematician, writer and “enchantress of numbers”", "AL",
                "#7a3b8f", "ada.example.org");
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(images.get(Seo.SHARE_IMAGE)));
        BufferedImage expected;
        try (InputStream in = getClass().getResourceAsStream("/images/share-image-ada-lovelace.png")) {
            expected = ImageIO.read(in);
        }
        int differing = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                differing += drawn.getRGB(x, y) != expected.getRGB(x, y) ? 1 : 0;
            }
        }
        assertEquals(0, differing, "pixels that differ from share-image-ada-lovelace.png");
    }

    @Test
    void aLabelLongerThanTwoLinesEndsInAnEllipsis() throws Exception {
        Map<String, byte[]> long3 = Images.of("Ellipsis Test", "word ".repeat(60).strip(), "ET", "#1d5fa7", null);
        Map<String, byte[]> long2 = Images.of("Ellipsis Test", "word ".repeat(12).strip(), "ET", "#1d5fa7", null);
        BufferedImage three = ImageIO.read(new ByteArrayInputStream(long3.get(Seo.SHARE_IMAGE)));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(long2.get(Seo.SHARE_IMAGE)));
        // label lines have their baselines at y 370 and 414; a third would have it at 458
        assertEquals(ink(two, 440, 430, 1200, 470), ink(three, 440, 430, 1200, 470), "no third line");
        assertEquals(ink(two, 440, 340, 1200, 380), ink(three, 440, 340, 1200, 380), "the same first line");
        assertTrue(ink(three, 440, 385, 1200, 425) != ink(two, 440, 385, 1200, 425), "the second line ends in '…'");
    }

    private static int ink(BufferedImage image, int x0, int y0, int x1, int y1) {
        int ink = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                ink += image.getRGB(x, y) & 255;
            }
        }
        return ink;
    }
}

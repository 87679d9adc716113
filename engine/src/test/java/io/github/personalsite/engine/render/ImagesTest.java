package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
     * from one to the other.
     */
    @Test
    void shareImageIsAccentWhiteAndTheirBlendsInAPalette() throws Exception {
        Map<String, byte[]> images = Images.of("Palette Test " + System.nanoTime(), "A label long enough to wrap",
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
}

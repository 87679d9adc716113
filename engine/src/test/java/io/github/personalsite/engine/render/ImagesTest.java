package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

package io.github.personalsite.engine.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngTest {

    @Test
    void paletteImagesDecodeToTheirPixels() throws Exception {
        byte[] palette = new byte[256 * 3];
        for (int i = 0; i < 256; i++) {
            palette[i * 3] = (byte) i;
            palette[i * 3 + 1] = (byte) (255 - i);
            palette[i * 3 + 2] = (byte) 7;
        }
        byte[] pixels = new byte[37 * 11];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 31);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Png.indexed(37, 11, pixels, palette)));
        assertEquals(BufferedImage.TYPE_BYTE_INDEXED, image.getType());
        for (int y = 0; y < 11; y++) {
            for (int x = 0; x < 37; x++) {
                int index = pixels[y * 37 + x] & 255;
                assertEquals(0xff000000 | index << 16 | (255 - index) << 8 | 7, image.getRGB(x, y), x + "," + y);
            }
        }
    }

    @Test
    void rgbaImagesKeepColourAndOpacity() throws Exception {
        byte[] pixels = new byte[5 * 3 * 4];
        for (int i = 0; i < 15; i++) {
            pixels[i * 4] = (byte) (i * 17);
            pixels[i * 4 + 1] = (byte) 0x80;
            pixels[i * 4 + 2] = (byte) (255 - i);
            pixels[i * 4 + 3] = (byte) (i * 18);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Png.rgba(5, 3, pixels)));
        for (int i = 0; i < 15; i++) {
            int expected = (i * 18) << 24 | (i * 17) << 16 | 0x80 << 8 | (255 - i);
            assertEquals(expected, image.getRGB(i % 5, i / 5), "pixel " + i);
        }
    }
}

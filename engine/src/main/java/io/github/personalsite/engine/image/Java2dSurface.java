package io.github.personalsite.engine.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A {@link Surface} drawn by Java 2D with the system's sans-serif font, for text that
 * {@link BundledFont} cannot draw (Greek, Cyrillic, Chinese, …). On a machine without fonts the text is
 * left out and the shapes stay.
 */
public final class Java2dSurface implements Surface {

    private final BufferedImage image;
    private final Graphics2D g;

    public Java2dSurface(int width, int height) {
        System.setProperty("java.awt.headless", "true");
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    @Override
    public void fillRect(int x, int y, int width, int height, int level, int alpha) {
        g.setColor(new Color(level, level, level, alpha));
        g.fillRect(x, y, width, height);
    }

    @Override
    public void fillOval(int x, int y, int width, int height, int level, int alpha) {
        g.setColor(new Color(level, level, level, alpha));
        g.fillOval(x, y, width, height);
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arc, int level, int alpha) {
        g.setColor(new Color(level, level, level, alpha));
        g.fillRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public float width(String text, boolean bold, int size) {
        try {
            return (float) g.getFontMetrics(font(bold, size)).getStringBounds(text, g).getWidth();
        } catch (RuntimeException | LinkageError e) {
            return 0; // no usable fonts: nothing is drawn, nothing wraps
        }
    }

    @Override
    public void text(String text, boolean bold, int size, float x, float y, int level, int alpha) {
        try {
            g.setFont(font(bold, size));
            g.setColor(new Color(level, level, level, alpha));
            g.drawString(text, x, y);
        } catch (RuntimeException | LinkageError e) {
            // No usable fonts (a bare server): keep the image without this text.
        }
    }

    @Override
    public Pixels pixels() {
        g.dispose();
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        byte[] level = new byte[argb.length];
        byte[] alpha = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            level[i] = (byte) argb[i];
            alpha[i] = (byte) (argb[i] >>> 24);
        }
        return new Pixels(image.getWidth(), image.getHeight(), level, alpha);
    }

    private static Font font(boolean bold, int size) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size);
    }
}

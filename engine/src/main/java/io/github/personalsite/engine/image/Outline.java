package io.github.personalsite.engine.image;

import java.util.Arrays;

/**
 * A shape as closed polygons: quadratic curves are split into lines fine enough that no pixel tells the
 * difference (the tolerance of font-rs, whose rasterizer {@link Canvas} follows).
 */
public final class Outline {

    float[] lines = new float[512];
    int size;
    float minX = Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    private float startX;
    private float startY;
    private float lastX;
    private float lastY;
    private boolean open;

    public Outline moveTo(float x, float y) {
        close();
        startX = lastX = x;
        startY = lastY = y;
        open = true;
        return this;
    }

    public Outline lineTo(float x, float y) {
        add(lastX, lastY, x, y);
        lastX = x;
        lastY = y;
        return this;
    }

    public Outline quadTo(float cx, float cy, float x, float y) {
        float devX = lastX - 2 * cx + x;
        float devY = lastY - 2 * cy + y;
        float dev = devX * devX + devY * devY;
        if (dev < 0.333f) {
            return lineTo(x, y);
        }
        int n = 1 + (int) Math.sqrt(Math.sqrt(3 * dev));
        float x0 = lastX;
        float y0 = lastY;
        for (int i = 1; i < n; i++) {
            float t = (float) i / n;
            float u = 1 - t;
            lineTo(u * u * x0 + 2 * u * t * cx + t * t * x, u * u * y0 + 2 * u * t * cy + t * t * y);
        }
        return lineTo(x, y);
    }

    /** Closes the current polygon (a move or a fill closes it too). */
    public Outline close() {
        if (open && (lastX != startX || lastY != startY)) {
            lineTo(startX, startY);
        }
        open = false;
        return this;
    }

    /** An ellipse in the rectangle, as a polygon of 128 sides. */
    public static Outline oval(float x, float y, float width, float height) {
        Outline outline = new Outline();
        arc(outline, x + width / 2, y + height / 2, width / 2, height / 2, 0, 128, 128);
        return outline.close();
    }

    /** A rectangle whose corners are quarter ellipses {@code arc} wide and high. */
    public static Outline roundRect(float x, float y, float width, float height, float arc) {
        float r = Math.min(arc, Math.min(width, height)) / 2;
        Outline outline = new Outline();
        arc(outline, x + width - r, y + height - r, r, r, 0, 16, 64);
        arc(outline, x + r, y + height - r, r, r, 16, 16, 64);
        arc(outline, x + r, y + r, r, r, 32, 16, 64);
        arc(outline, x + width - r, y + r, r, r, 48, 16, 64);
        return outline.close();
    }

    /** Points {@code from} to {@code from + steps} of {@code perTurn} around the ellipse, clockwise on screen. */
    private static void arc(Outline outline, float cx, float cy, float rx, float ry, int from, int steps, int perTurn) {
        for (int i = from; i <= from + steps; i++) {
            double angle = 2 * Math.PI * i / perTurn;
            float px = cx + rx * (float) StrictMath.cos(angle);
            float py = cy + ry * (float) StrictMath.sin(angle);
            if (outline.open) {
                outline.lineTo(px, py);
            } else {
                outline.moveTo(px, py);
            }
        }
    }

    private void add(float x0, float y0, float x1, float y1) {
        if (size + 4 > lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[size++] = x0;
        lines[size++] = y0;
        lines[size++] = x1;
        lines[size++] = y1;
        minX = Math.min(minX, Math.min(x0, x1));
        maxX = Math.max(maxX, Math.max(x0, x1));
        minY = Math.min(minY, Math.min(y0, y1));
        maxY = Math.max(maxY, Math.max(y0, y1));
    }
}

package io.github.personalsite.engine.image;

import java.util.Arrays;

/**
 * A {@link Surface} in plain arrays, text in {@link BundledFont}. A shape's pixels are covered by the
 * exact area of the shape inside each of them (the signed-area accumulation of font-rs and
 * stb_truetype: each edge adds the area it bounds to the cells it crosses, a running sum along each
 * row gives the coverage), then painted source-over.
 */
public final class Canvas implements Surface {

    private final int width;
    private final int height;
    private final byte[] level;
    private final byte[] alpha;

    public Canvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.level = new byte[width * height];
        this.alpha = new byte[width * height];
    }

    @Override
    public void fillRect(int x, int y, int w, int h, int paint, int opacity) {
        int left = Math.max(0, x);
        int right = Math.min(width, x + w);
        if (opacity == 255) {
            for (int row = Math.max(0, y); row < Math.min(height, y + h); row++) {
                Arrays.fill(level, row * width + left, row * width + right, (byte) paint);
                Arrays.fill(alpha, row * width + left, row * width + right, (byte) 255);
            }
        } else {
            fill(new Outline().moveTo(x, y).lineTo(x + w, y).lineTo(x + w, y + h).lineTo(x, y + h), paint, opacity);
        }
    }

    @Override
    public void fillOval(int x, int y, int w, int h, int paint, int opacity) {
        fill(Outline.oval(x, y, w, h), paint, opacity);
    }

    @Override
    public void fillRoundRect(int x, int y, int w, int h, int arc, int paint, int opacity) {
        fill(Outline.roundRect(x, y, w, h, arc), paint, opacity);
    }

    @Override
    public float width(String text, boolean bold, int size) {
        return BundledFont.width(text, bold, size);
    }

    @Override
    public void text(String text, boolean bold, int size, float x, float y, int paint, int opacity) {
        fill(BundledFont.outline(text, bold, size, x, y), paint, opacity);
    }

    @Override
    public Pixels pixels() {
        return new Pixels(width, height, level, alpha);
    }

    /** Paints the outline's inside (non-zero winding) with the level at the opacity. */
    public void fill(Outline outline, int paint, int opacity) {
        outline.close();
        int x0 = Math.max(0, (int) Math.floor(outline.minX));
        int y0 = Math.max(0, (int) Math.floor(outline.minY));
        int w = Math.min(width, (int) Math.ceil(outline.maxX)) - x0;
        int h = Math.min(height, (int) Math.ceil(outline.maxY)) - y0;
        if (w <= 0 || h <= 0) {
            return;
        }
        int stride = w + 2;
        float[] area = new float[stride * h];
        float[] lines = outline.lines;
        for (int i = 0; i < outline.size; i += 4) {
            clipped(area, stride, w, h, lines[i] - x0, lines[i + 1] - y0, lines[i + 2] - x0, lines[i + 3] - y0);
        }
        float source = opacity / 255f;
        for (int y = 0; y < h; y++) {
            float sum = 0;
            int cell = y * stride;
            int pixel = (y0 + y) * width + x0;
            for (int x = 0; x < w; x++, cell++, pixel++) {
                sum += area[cell];
                float cover = Math.min(Math.abs(sum), 1f) * source;
                if (cover > 0.001f) {
                    float under = (alpha[pixel] & 255) / 255f * (1 - cover);
                    float out = cover + under;
                    level[pixel] = (byte) Math.round((paint * cover + (level[pixel] & 255) * under) / out);
                    alpha[pixel] = (byte) Math.round(out * 255);
                }
            }
        }
    }

    /**
     * Adds an edge whose ends may lie left or right of the area: the parts outside run along its border,
     * where they still open and close the rows' coverage.
     */
    private static void clipped(float[] area, int stride, int w, int h, float x0, float y0, float x1, float y1) {
        if (x0 >= 0 && x1 >= 0 && x0 <= w && x1 <= w) { // nearly every edge
            edge(area, stride, h, x0, y0, x1, y1);
            return;
        }
        float t0 = (x0 < 0) != (x1 < 0) ? -x0 / (x1 - x0) : 2;
        float t1 = (x0 > w) != (x1 > w) ? (w - x0) / (x1 - x0) : 2;
        float first = Math.min(t0, t1);
        float second = Math.max(t0, t1);
        float fromX = x0;
        float fromY = y0;
        for (float t : new float[] {first, second, 1}) {
            if (t > 1) {
                continue;
            }
            float toX = x0 + (x1 - x0) * t;
            float toY = y0 + (y1 - y0) * t;
            edge(area, stride, h, clamp(fromX, w), fromY, clamp(toX, w), toY);
            fromX = toX;
            fromY = toY;
        }
    }

    private static float clamp(float x, int w) {
        return Math.max(0, Math.min(w, x));
    }

    /** font-rs's accumulation of one edge inside the area (0 ≤ x ≤ w). */
    private static void edge(float[] area, int stride, int h, float x0, float y0, float x1, float y1) {
        if (y0 == y1) {
            return;
        }
        float dir = 1;
        if (y0 > y1) {
            dir = -1;
            float swap = x0;
            x0 = x1;
            x1 = swap;
            swap = y0;
            y0 = y1;
            y1 = swap;
        }
        float dxdy = (x1 - x0) / (y1 - y0);
        float x = y0 < 0 ? x0 - y0 * dxdy : x0;
        for (int y = Math.max(0, (int) Math.floor(y0)), end = Math.min(h, (int) Math.ceil(y1)); y < end; y++) {
            int row = y * stride;
            float dy = Math.min(y + 1, y1) - Math.max(y, y0);
            float next = x + dxdy * dy;
            float d = dy * dir;
            float lo = Math.min(x, next);
            float hi = Math.max(x, next);
            int loCell = (int) Math.floor(lo);
            int hiCell = (int) Math.ceil(hi);
            if (hiCell <= loCell + 1) {
                float mid = 0.5f * (x + next) - loCell;
                area[row + loCell] += d - d * mid;
                area[row + loCell + 1] += d * mid;
            } else {
                float s = 1 / (hi - lo);
                float loPart = lo - loCell;
                float a0 = 0.5f * s * (1 - loPart) * (1 - loPart);
                float hiPart = hi - hiCell + 1;
                float am = 0.5f * s * hiPart * hiPart;
                area[row + loCell] += d * a0;
                if (hiCell == loCell + 2) {
                    area[row + loCell + 1] += d * (1 - a0 - am);
                } else {
                    float a1 = s * (1.5f - loPart);
                    area[row + loCell + 1] += d * (a1 - a0);
                    for (int cell = loCell + 2; cell < hiCell - 1; cell++) {
                        area[row + cell] += d * s;
                    }
                    float a2 = a1 + (hiCell - loCell - 3) * s;
                    area[row + hiCell - 1] += d * (1 - a2 - am);
                }
                area[row + hiCell] += d * am;
            }
            x = next;
        }
    }
}

package io.github.personalsite.engine.render;

import java.nio.charset.StandardCharsets;

/** The site icon when the project brings none: the owner's initials on the accent colour, as SVG. */
public final class Favicon {

    private Favicon() {
    }

    public static byte[] svg(String initials, String accentColor) {
        String text = initials.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">\
                <rect width="64" height="64" rx="14" fill="%s"/>\
                <text x="32" y="42" font-family="system-ui,sans-serif" font-size="26" font-weight="700" \
                text-anchor="middle" fill="#fff">%s</text></svg>
                """.formatted(accentColor, text);
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}

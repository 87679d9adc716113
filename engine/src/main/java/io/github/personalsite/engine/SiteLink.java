package io.github.personalsite.engine;

import io.github.personalsite.engine.profile.SafeUrl;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A path inside the site that the profile, a post's front matter or a post's text links to
 * ({@code images/me.jpg}), with the warning to give, placed at the link, when the built site has no such
 * file.
 *
 * @param path    the file inside the site the link names, without query or fragment, decoded
 * @param warning makes the warning (a post's positions are worked out only when one is needed)
 */
public record SiteLink(String path, java.util.function.Supplier<Problem> warning) {

    private static final java.util.regex.Pattern QUERY_OR_FRAGMENT = java.util.regex.Pattern.compile("[?#]");

    /**
     * The link to {@code target} if it {@linkplain SafeUrl#isSitePath names a path inside the site}, or
     * {@code null}.
     * The warning, if it is needed, is made by {@code warning} from the path.
     */
    public static SiteLink of(String target, java.util.function.Function<String, Problem> warning) {
        return from("", target, warning);
    }

    /**
     * The link to {@code target} written in the page {@code page} ({@code posts/hello.html}), as a browser
     * reads it there: {@code ../images/a.png} is {@code images/a.png}, {@code b.html} is
     * {@code posts/b.html}, {@code /c.pdf} is {@code c.pdf} at the site's root; or {@code null} if the
     * target is no path inside the site. A path that climbs above the root keeps its leading {@code ../}
     * (and is in no site).
     */
    public static SiteLink from(String page, String target, java.util.function.Function<String, Problem> warning) {
        if (!SafeUrl.isSitePath(target)) {
            return null;
        }
        String path = decode(QUERY_OR_FRAGMENT.split(target.strip(), 2)[0]);
        path = path.startsWith("/") ? path : page.substring(0, page.lastIndexOf('/') + 1) + path;
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (segment.equals("..")) {
                parts.addLast(segment);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
            if (last && (segment.isEmpty() || segment.equals(".") || segment.equals(".."))) {
                parts.addLast("index.html"); // a folder: its index page
            }
        }
        String file = String.join("/", parts);
        return new SiteLink(file, () -> warning.apply(file));
    }

    /** Whether the built site in {@code site} has the file (a name this system cannot spell it has not). */
    public boolean isIn(Path site) {
        try {
            Path file = site.resolve(path).normalize();
            return file.startsWith(site) && Files.isRegularFile(file);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** {@code %XX} escapes as UTF-8 bytes; other characters as they are. */
    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < path.length()) {
            int high = i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(path.charAt(i + 2), 16) : -1;
            if (path.charAt(i) == '%' && low >= 0) {
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                int c = path.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package io.github.personalsite.engine.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the file a request path means, inside the site root and nowhere else: percent-escapes are
 * decoded first, then any {@code ..} or {@code .} segment, backslash, NUL or absolute form is refused,
 * and the real path (symbolic links followed) must still be inside the root. Folders answer with their
 * {@code index.html}; there are no listings.
 */
final class SiteFiles {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("vcf", "text/vcard; charset=utf-8"), Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"), Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json"));

    private SiteFiles() {
    }

    /** The file for a raw request path, or empty when there is none or the path tries to leave the root. */
    static Optional<Path> resolve(Path root, String rawPath) {
        String path;
        try {
            path = URI.create("http://preview" + rawPath).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null || !path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        Path candidate = root.resolve(path.substring(1)).normalize();
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
            candidate = candidate.resolve("index.html");
        }
        try {
            Path real = candidate.toRealPath();
            return real.startsWith(root.toRealPath()) && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The Content-Type of a file, with charset for text. */
    static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}

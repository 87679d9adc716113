package io.github.personalsite.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Helpers for building fixture profiles into a test's temporary folder and reading the pages back. */
public final class TestSites {

    private TestSites() {
    }

    /** A file or folder under src/test/resources. */
    public static Path resource(String name) {
        try {
            return Path.of(TestSites.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    /** The sample profile shipped by the sample-profile module, copied to {@code dir/profile.json}. */
    public static Path sampleProfile(Path dir) throws IOException {
        try (InputStream in = TestSites.class.getClassLoader()
                .getResourceAsStream("io/github/personalsite/sample/profile.json")) {
            Path target = dir.resolve("profile.json");
            Files.copy(in, target);
            return target;
        }
    }

    public static BuildResult build(Path profile, Path out) throws BuildException {
        return SiteBuilder.build(new BuildRequest(profile, "profile.json", null, null, out));
    }

    public static Document page(Path site, String path) {
        try {
            return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

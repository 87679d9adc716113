package io.github.personalsite.engine.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.ProblemKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path dir;

    private static final byte[] PAGE = "<p>x</p>".getBytes(StandardCharsets.UTF_8);

    @Test
    void refusesPathsThatLeaveTheSiteAndLeavesNothingBehind() throws Exception {
        Path out = dir.resolve("site/public");
        for (String path : List.of("../escape.html", "a/../../escape.html", "/tmp/absolute.html", "..", "")) {
            BuildException e = assertThrows(BuildException.class,
                    () -> SiteWriter.write(out, Map.of("index.html", PAGE, path, PAGE), null), path);
            assertEquals(ProblemKind.CANNOT_WRITE, e.problems().get(0).kind(), path);
        }
        assertFalse(Files.exists(dir.resolve("site/escape.html")));
        assertFalse(Files.exists(Path.of("/tmp/absolute.html")));
        assertFalse(Files.exists(dir.resolve("site")), "nothing is created when a path is refused");
    }

    @Test
    void linksOutOfStaticAreNotFollowedAndSaySo() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "private key");
        Path secrets = Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(secrets.resolve("id_rsa"), "private key");
        Path staticDir = Files.createDirectories(dir.resolve("project/static"));
        Files.writeString(staticDir.resolve("ok.txt"), "public");
        Files.createSymbolicLink(staticDir.resolve("leak.txt"), secret);
        Files.createSymbolicLink(staticDir.resolve("ssh"), secrets);
        Files.createSymbolicLink(staticDir.resolve("alias.txt"), staticDir.resolve("ok.txt"));

        SiteWriter.Written written = SiteWriter.write(dir.resolve("public"), Map.of("index.html", PAGE), staticDir);

        Path site = dir.resolve("public");
        assertEquals("public", Files.readString(site.resolve("ok.txt")));
        assertEquals("public", Files.readString(site.resolve("alias.txt")), "a link inside static/ is fine");
        assertFalse(Files.exists(site.resolve("leak.txt")));
        assertFalse(Files.exists(site.resolve("ssh")), "linked folders are not walked");
        assertEquals(List.of("static/leak.txt: links to " + secret.toRealPath()
                        + ", outside static/, and is not copied (copy the file into static/ instead of linking it)"),
                written.warnings().stream().map(Object::toString).toList());
        assertTrue(Files.isSymbolicLink(staticDir.resolve("leak.txt")), "static/ is left as it was");
    }

    @Test
    void aRebuildOfAnUnchangedSiteTouchesNoFile() throws Exception {
        Path out = dir.resolve("public");
        Map<String, byte[]> site = Map.of("index.html", PAGE, "css/site.css", "body{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, SiteWriter.write(out, site, null).changed());
        java.nio.file.attribute.FileTime long_ago = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("index.html"), long_ago);
        Files.setLastModifiedTime(out.resolve("css/site.css"), long_ago);

        SiteWriter.Written again = SiteWriter.write(out, site, null);

        assertEquals(0, again.changed());
        assertEquals(long_ago, Files.getLastModifiedTime(out.resolve("index.html")));
        assertEquals(long_ago, Files.getLastModifiedTime(out.resolve("css/site.css")));
    }

    @Test
    void onlyChangedFilesAreWrittenAndFilesNoLongerInTheSiteAreRemoved() throws Exception {
        Path out = dir.resolve("public");
        SiteWriter.write(out, Map.of("index.html", PAGE, "posts/old.html", PAGE, "posts/keep.html", PAGE), null);
        java.nio.file.attribute.FileTime long_ago = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("posts/keep.html"), long_ago);

        SiteWriter.Written written = SiteWriter.write(out, Map.of("index.html", "<p>new</p>".getBytes(StandardCharsets.UTF_8),
                "posts/keep.html", PAGE), null);

        assertEquals(1, written.changed());
        assertEquals("<p>new</p>", Files.readString(out.resolve("index.html")));
        assertEquals(long_ago, Files.getLastModifiedTime(out.resolve("posts/keep.html")));
        assertFalse(Files.exists(out.resolve("posts/old.html")));
        try (Stream<Path> all = Files.walk(out)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void anOutputThatIsAFileIsNotReplaced() throws Exception {
        Path out = Files.writeString(dir.resolve("public"), "a file of the owner's");
        BuildException e = assertThrows(BuildException.class, () -> SiteWriter.write(out, Map.of("index.html", PAGE), null));
        assertEquals(ProblemKind.OUTPUT_NOT_A_FOLDER, e.problems().get(0).kind());
        assertEquals("a file of the owner's", Files.readString(out));
    }

    /**
     * A JVM started without a UTF-8 locale (LANG=C) cannot name tags/系统.html: the failure says so and how
     * to start it, instead of "check that the folder is writable".
     */
    @Test
    void aFileNameTheSystemCannotSpellAsksForAUtf8Locale() {
        java.nio.file.InvalidPathException unmappable = new java.nio.file.InvalidPathException("tags/系统.html",
                "Malformed input or input contains unmappable characters");
        String message = SiteWriter.failure(Path.of("public"), new IOException(unmappable)).toString();
        assertEquals("public: cannot name the file tags/系统.html: this Java writes file names in "
                + System.getProperty("sun.jnu.encoding") + " (start Java with a UTF-8 locale, e.g. LANG=C.UTF-8)", message);
        assertEquals("public: cannot write the site: java.io.IOException: disk full (check that the folder is writable)",
                SiteWriter.failure(Path.of("public"), new IOException("disk full")).toString());
    }
}

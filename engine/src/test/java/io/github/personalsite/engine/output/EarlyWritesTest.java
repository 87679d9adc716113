package io.github.personalsite.engine.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyWritesTest {

    @TempDir
    Path dir;

    private static final byte[] PAGE = "<p>x</p>".getBytes(StandardCharsets.UTF_8);

    private static void awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 500 && !Files.exists(file); i++) {
            Thread.sleep(10);
        }
    }

    @Test
    void pagesReachANewFolderBeforeTheWriterRunsAndCountAsChanged() throws Exception {
        Path out = dir.resolve("target/public");
        EarlyWrites early = EarlyWrites.into(out);
        assertTrue(early.active());
        early.offer("posts/a.html", PAGE);
        awaitFile(out.resolve("posts/a.html"));
        assertTrue(Files.exists(out.resolve("posts/a.html")), "written while the build goes on");

        SiteWriter.Written written = SiteWriter.write(out, Map.of("posts/a.html", PAGE, "index.html", PAGE), null, early);

        assertEquals(2, written.files());
        assertEquals(2, written.changed());
        assertEquals("<p>x</p>", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aBuildThatKeepsNothingHandsTheWriterNoBytesForPagesWrittenEarly() throws Exception {
        Path out = dir.resolve("public");
        EarlyWrites early = EarlyWrites.into(out, false);
        assertTrue(early.offer("posts/a.html", PAGE));
        Map<String, byte[]> generated = new java.util.LinkedHashMap<>();
        generated.put("posts/a.html", null); // the renderer let go of the bytes: they were offered
        generated.put("index.html", PAGE);

        SiteWriter.Written written = SiteWriter.write(out, generated, null, early);

        assertEquals(2, written.files());
        assertEquals(2, written.changed());
        assertEquals("<p>x</p>", Files.readString(out.resolve("posts/a.html")));
        assertEquals("<p>x</p>", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aPageWithoutBytesThatWasNotWrittenEarlyFailsTheBuild() {
        Path out = dir.resolve("public");
        Map<String, byte[]> generated = new java.util.HashMap<>();
        generated.put("lost.html", null);
        org.junit.jupiter.api.Assertions.assertThrows(io.github.personalsite.engine.BuildException.class,
                () -> SiteWriter.write(out, generated, null, EarlyWrites.into(out, false)));
    }

    @Test
    void aFolderThatHoldsSomethingIsWrittenOnlyAfterRendering() throws Exception {
        Path out = Files.createDirectories(dir.resolve("public"));
        Files.writeString(out.resolve("index.html"), "previous site");
        EarlyWrites early = EarlyWrites.into(out);
        assertSame(EarlyWrites.NONE, early);
        assertFalse(early.offer("other.html", PAGE), "the renderer must keep the page");
        Thread.sleep(50);
        assertFalse(Files.exists(out.resolve("other.html")));
    }

    @Test
    void discardRemovesWhatWasWrittenAndTheFolderItCreated() throws Exception {
        Path out = dir.resolve("public");
        EarlyWrites early = EarlyWrites.into(out);
        for (String path : new String[] {"index.html", "posts/a.html", "posts/page/2.html", "tags/t.html"}) {
            early.offer(path, PAGE);
        }
        early.discard();
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void discardKeepsAnEmptyFolderThatWasThere() throws Exception {
        Path out = Files.createDirectories(dir.resolve("public"));
        EarlyWrites early = EarlyWrites.into(out);
        early.offer("posts/a.html", PAGE);
        early.discard();
        assertTrue(Files.isDirectory(out));
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aPathLeavingTheFolderFailsTheWriteAndWritesNothingOutside() throws Exception {
        Path out = dir.resolve("site/public");
        EarlyWrites early = EarlyWrites.into(out);
        early.offer("../escape.html", PAGE);
        org.junit.jupiter.api.Assertions.assertThrows(io.github.personalsite.engine.BuildException.class,
                () -> SiteWriter.write(out, Map.of("index.html", PAGE), null, early));
        early.discard();
        assertFalse(Files.exists(dir.resolve("site/escape.html")));
    }
}

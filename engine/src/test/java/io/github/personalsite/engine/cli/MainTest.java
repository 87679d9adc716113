package io.github.personalsite.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void buildsAProjectFolderIntoTargetPublic() throws Exception {
        TestSites.sampleProfile(project);
        Files.createDirectories(project.resolve("content/posts"));
        Files.writeString(project.resolve("content/posts/2024-01-01-hi.md"), "---\ntitle: Hi\n---\nHello.\n");

        assertEquals(0, run("build", project.toString()));

        assertTrue(Files.exists(project.resolve("target/public/posts/hi.html")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("changed"), out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("warning: profile.json: this is still the sample profile"));
    }

    @Test
    void printsErrorsAndExitsWithOne() throws Exception {
        Files.writeString(project.resolve("profile.json"), "{\"basics\": {\"name\": \"A\", \"email\": \"x\"}}");
        assertEquals(1, run("build", project.toString(), "--out", project.resolve("site").toString()));
        assertEquals("error: profile.json:1:35: /basics/email: \"x\" is not an e-mail address (write it as name@example.org)",
                err.toString(StandardCharsets.UTF_8).strip());
        assertTrue(Files.notExists(project.resolve("site")));
    }

    @Test
    void aRunInItsOwnJvmPrintsOnlyTheEnginesMessages() throws Exception {
        Files.writeString(project.resolve("profile.json"), "{\"basics\": {\"name\": \"Ada Lovelace\"}}");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build", project.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String errors = new String(build.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, build.waitFor(), errors);
        assertEquals("", errors, "nothing from the libraries (SLF4J names its provider unless told not to)");
        assertTrue(Files.exists(project.resolve("target/public/index.html")));
    }

    @Test
    void wrongArgumentsExitWithTwo() {
        assertEquals(2, run("publish"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: build"));
    }
}

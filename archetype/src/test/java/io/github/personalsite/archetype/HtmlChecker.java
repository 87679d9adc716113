package io.github.personalsite.archetype;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the Nu HTML Checker (vnu) over a built site's pages and stylesheets, in a child JVM. */
final class HtmlChecker {

    private HtmlChecker() {
    }

    /** Every error vnu reports, as "file:line: message"; warnings are not errors. */
    static List<String> errors(Path site) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("it.validator.classpath"), "nu.validator.client.SimpleCommandLineValidator",
                "--errors-only", "--exit-zero-always", "--format", "json", "--also-check-css"));
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".css"))
                    .map(Path::toString).sorted().forEach(command::add);
        }
        File out = File.createTempFile("vnu-", ".json");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("vnu did not finish in 3 minutes");
        }
        String text = Files.readString(out.toPath());
        out.delete();
        JsonNode report = new ObjectMapper().readTree(text.substring(text.indexOf('{')));
        List<String> errors = new ArrayList<>();
        for (JsonNode message : report.path("messages")) {
            if (!message.path("type").asText().equals("info")) {
                errors.add(message.path("url").asText().replaceFirst("^.*/public/", "") + ":"
                        + message.path("lastLine").asText() + ": " + message.path("message").asText());
            }
        }
        return errors;
    }
}

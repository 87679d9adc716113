package io.github.personalsite.archetype;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Maven (or a generated project's ./mvnw) in a child process against the test's own local
 * repository, which holds the plugin, engine and archetype built in this reactor run. Everything
 * else resolves from the developer's local repository (as a file:// repository, releases only, so a
 * stale snapshot there can never be picked up) and, failing that, from Maven Central.
 */
final class Maven {

    /** What a run printed and how it ended. */
    record Run(int exitCode, String output) {
    }

    private final Path repo = Path.of(System.getProperty("it.repo"));
    private final Path settings;

    Maven(Path work) throws IOException {
        Path mirror = Path.of(System.getProperty("it.mirror"));
        settings = work.resolve("settings.xml");
        String repository = """
                <id>developer-local-releases</id>
                <url>%s</url>
                <releases><enabled>true</enabled></releases>
                <snapshots><enabled>false</enabled></snapshots>
                """.formatted(mirror.toUri());
        Files.writeString(settings, """
                <settings>
                  <profiles>
                    <profile>
                      <id>it</id>
                      <repositories><repository>%s</repository></repositories>
                      <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>it</activeProfile></activeProfiles>
                </settings>
                """.formatted(repository, repository));
    }

    /** The Maven that runs this build. */
    Run mvn(Path dir, String input, String... args) throws Exception {
        Path mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn");
        return run(dir, input, mvn.toString(), args);
    }

    /** The project's own wrapper, as its owner runs it. */
    Run mvnw(Path project, String... args) throws Exception {
        return run(project, null, "./mvnw", args);
    }

    /** Starts the project's wrapper without waiting for it; output goes to the returned log file. */
    Process startMvnw(Path project, Path log, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of("./mvnw", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repo, "-Dstyle.color=never"));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("MAVEN_ARGS");
        builder.environment().remove("MAVEN_OPTS");
        return builder.start();
    }

    private Run run(Path dir, String input, String command, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of(command, "-s", settings.toString(),
                "-Dmaven.repo.local=" + repo, "-Dstyle.color=never"));
        line.addAll(List.of(args));
        Path log = Files.createTempFile(dir, ".maven-", ".log");
        ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("MAVEN_ARGS");
        builder.environment().remove("MAVEN_OPTS");
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", line) + " did not finish in 5 minutes");
        }
        String output = Files.readString(log);
        Files.delete(log);
        return new Run(process.exitValue(), output);
    }
}

package io.github.personalsite.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad profiles: src/test/resources/bad-profiles/NAME.json, one mistake a file (one file
 * has five), and NAME.expected, the exact problems the build prints for it: message, line, column,
 * pointer, hint and, for syntax errors, the excerpt with its caret.
 */
class BadProfilesTest {

    static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(TestSites.resource("bad-profiles"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void reportsTheExactProblems(Path profile) throws Exception {
        String expected = Files.readString(Path.of(profile.toString().replace(".json", ".expected")),
                StandardCharsets.UTF_8);

        BuildException e = assertThrows(BuildException.class, () -> ProfileLoader.load(profile, "profile.json"));

        String actual = e.problems().stream().map(Problem::toString)
                .collect(Collectors.joining("\n", "", "\n")).replace(System.lineSeparator(), "\n");
        assertEquals(expected, actual);
        assertTrue(e.problems().get(0).isError(), "errors come first");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theWholeBuildStopsWithTheSameErrorsAndNoSite(Path profile, @org.junit.jupiter.api.io.TempDir Path dir) {
        BuildException e = assertThrows(BuildException.class, () -> TestSites.build(profile, dir.resolve("public")));
        assertTrue(e.getMessage().contains(e.errors().get(0).message()), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("public")));
    }
}

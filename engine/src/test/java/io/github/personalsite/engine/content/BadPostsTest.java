package io.github.personalsite.engine.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad posts: src/test/resources/bad-posts/CASE/ holds the post files of one case and
 * expected.txt, the exact problems (file:line:column: message (fix)), errors first.
 */
class BadPostsTest {

    static List<Path> corpus() throws IOException {
        try (Stream<Path> cases = Files.list(TestSites.resource("bad-posts"))) {
            return cases.filter(Files::isDirectory).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void reportsTheExactProblems(Path folder) throws Exception {
        String expected = Files.readString(folder.resolve("expected.txt"));
        BuildException e = assertThrows(BuildException.class, () -> PostLoader.load(folder, "content/posts", false, true));
        assertEquals(expected, e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n", "", "\n")));
    }
}

package io.github.personalsite.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.BuildResult;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world JSON Resume files that are not quite valid still build, with warnings:
 * src/test/resources/tolerated-profiles/NAME.json and NAME.expected, which lists the exact warnings,
 * then "--- on the pages" and lines "PAGE: CSS-SELECTOR: TEXT" the built site must show (for a
 * selector ending in [attr], the attribute's value).
 */
class ToleratedProfilesTest {

    @TempDir
    Path dir;

    static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(TestSites.resource("tolerated-profiles"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void buildsWithTheExactWarningsAndTheDataOnThePages(Path profile) throws Exception {
        assertBuildsAsExpected(profile, List.of());
    }

    @ParameterizedTest(name = "{0} with a BOM and CRLF line ends")
    @MethodSource("corpus")
    void aByteOrderMarkAndWindowsLineEndsChangeNothingButOneWarning(Path profile) throws Exception {
        String text = Files.readString(profile, StandardCharsets.UTF_8).replace("\n", "\r\n");
        Path windows = dir.resolve(profile.getFileName());
        Files.writeString(windows, "\uFEFF" + text, StandardCharsets.UTF_8);
        assertBuildsAsExpected(windows, List.of("profile.json:1:1: the file starts with a byte order mark, which is"
                + " ignored (save it as UTF-8 without BOM)"));
    }

    private void assertBuildsAsExpected(Path profile, List<String> extraWarnings) throws Exception {
        String name = profile.getFileName().toString().replace(".json", ".expected");
        List<String> expected = Files.readAllLines(TestSites.resource("tolerated-profiles/" + name));
        int split = expected.indexOf("--- on the pages");
        List<String> warnings = new ArrayList<>(expected.subList(0, split));
        warnings.addAll(extraWarnings);

        BuildResult result = TestSites.build(profile, dir.resolve("public"));

        assertEquals(warnings.stream().sorted(ProfileLines.ORDER).toList(),
                result.warnings().stream().map(Problem::toString).sorted(ProfileLines.ORDER).toList());
        for (String fact : expected.subList(split + 1, expected.size())) {
            assertShows(result.outputDir(), fact);
        }
    }

    private static void assertShows(Path site, String fact) {
        String[] parts = fact.split(": ", 3);
        Document page = TestSites.page(site, parts[0]);
        String selector = parts[1];
        if (selector.endsWith("]")) {
            String attribute = selector.substring(selector.lastIndexOf('[') + 1, selector.length() - 1);
            Element element = page.selectFirst(selector);
            assertFalse(element == null, fact);
            assertEquals(parts[2], element.attr(attribute), fact);
        } else {
            List<String> texts = page.select(selector).eachText();
            assertTrue(texts.stream().anyMatch(t -> t.contains(parts[2])), () -> fact + " not in " + texts);
        }
    }

    /** Problems sorted as the build sorts them: by line, then column, whatever their text. */
    private static final class ProfileLines {
        static final java.util.Comparator<String> ORDER = java.util.Comparator
                .comparingInt((String l) -> number(l, 1)).thenComparingInt(l -> number(l, 2))
                .thenComparing(java.util.Comparator.naturalOrder());

        private static int number(String line, int part) {
            String[] p = line.split(":", 4);
            return p.length > part && p[part].matches("\\d+") ? Integer.parseInt(p[part]) : 0;
        }
    }
}

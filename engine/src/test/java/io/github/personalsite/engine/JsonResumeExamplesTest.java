package io.github.personalsite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON Resume's own example resumes build as they are, and their content reaches the pages. */
class JsonResumeExamplesTest {

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(TestSites.resource("jsonresume/examples"))) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void buildsWithItsContentOnThePages(Path resume, @TempDir Path dir) throws Exception {
        JsonNode json = new ObjectMapper().readTree(resume.toFile());

        BuildResult result = TestSites.build(resume, dir.resolve("public"));

        assertTrue(result.warnings().stream().noneMatch(Problem::isError));
        Document home = TestSites.page(result.outputDir(), "index.html");
        assertEquals(json.at("/basics/name").asText(), home.selectFirst("h1").text());
        String cv = TestSites.page(result.outputDir(), "cv.html").text();
        for (String section : List.of("work", "education", "projects", "publications", "awards", "volunteer")) {
            for (JsonNode entry : json.path(section)) {
                String title = entry.path(section.equals("education") ? "institution"
                        : section.equals("volunteer") ? "organization" : section.equals("awards") ? "title" : "name")
                        .asText();
                assertTrue(cv.contains(title), section + ": " + title);
            }
        }
        for (JsonNode skill : json.path("skills")) {
            assertTrue(cv.contains(skill.path("name").asText()), "skill " + skill);
        }
    }
}

package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.SiteBuilder;
import io.github.personalsite.engine.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedFragmentCacheTest {

    /** Thymeleaf alone would parse {@code layout :: head} once for each page template that includes it. */
    @Test
    void everyPageTemplateSharesOneParseOfEachLayoutFragment(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("README.txt"), "a renderer of its own for this test");
        Path posts = Path.of("..", "sample-profile", "content", "posts");
        SiteBuilder.build(new BuildRequest(TestSites.sampleProfile(dir), "profile.json", templates, null,
                dir.resolve("public")).withPosts(posts, false));

        Set<String> parsed = PageRenderer.forTemplates(templates).parsedTemplates();

        assertTrue(parsed.containsAll(Set.of("layout [head]", "layout [header]", "layout [footer]",
                "layout [post-items]", "post", "tag", "index")), parsed.toString());
        assertTrue(parsed.stream().noneMatch(key -> key.contains(" from ")), "no entry per including template: " + parsed);
    }
}

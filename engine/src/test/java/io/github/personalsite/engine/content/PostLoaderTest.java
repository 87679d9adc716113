package io.github.personalsite.engine.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PostLoaderTest {

    @Test
    void fileNamesGiveSlugsWithoutDateAccentsOrPunctuation() {
        assertEquals("hello-world", PostLoader.slugOf("2024-05-01-Hello, World!.md"));
        assertEquals("cafe-creme", PostLoader.slugOf("2024-05-01-Café Crème.md"));
        assertEquals("joining-the-lab", PostLoader.slugOf("joining-the-lab.md"));
        assertEquals("x2-release", PostLoader.slugOf("--X2  release--.md"));
        assertEquals("", PostLoader.slugOf("2024-05-01-日本.md"), "no letters a-z or digits: the front matter must name a slug");
    }

    @Test
    void onlyADatedNameGivesADate() {
        assertEquals("2024-05-01", PostLoader.dateOf("2024-05-01-hello.md"));
        assertNull(PostLoader.dateOf("hello.md"));
        assertNull(PostLoader.dateOf("2024-5-1-hello.md"));
    }
}

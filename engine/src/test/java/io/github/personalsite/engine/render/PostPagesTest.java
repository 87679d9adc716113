package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.personalsite.engine.content.Post;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostPagesTest {

    private static Post post(String slug, String date, String... tags) {
        return new Post("content/posts/" + slug + ".md", slug, slug, LocalDate.parse(date), null, List.of(tags), null,
                false, null, null, "<p>Text.</p>", "Text.", 1, 0);
    }

    @Test
    void tagsDifferingOnlyInCaseShareAPageThatListsEachPostOnce() {
        Post newer = post("newer", "2024-05-02", "GPU Systems", "gpu systems", "Rust");
        Post older = post("older", "2024-05-01", "gpu-systems");

        List<PostPages.Tag> tags = PostPages.tags(List.of(newer, older));

        assertEquals(List.of("gpu-systems", "rust"), tags.stream().map(PostPages.Tag::slug).toList());
        assertEquals("GPU Systems", tags.get(0).name(), "the first spelling names the page");
        assertEquals(List.of(newer, older), tags.get(0).posts());
        assertEquals(List.of(newer), tags.get(1).posts());
    }
}

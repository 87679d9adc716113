package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.content.Post;
import io.github.personalsite.engine.profile.Profile;
import io.github.personalsite.engine.profile.ProfileLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCacheTest {

    private static Post post(int n, String html) {
        return new Post("content/posts/p" + n + ".md", "p" + n, "Post " + n, LocalDate.of(2024, 1, n), null,
                List.of("t"), null, false, null, null, html, "First paragraph.", 40, 0);
    }

    private static List<Post> posts(String secondBody) {
        List<Post> posts = new ArrayList<>();
        for (int n = 5; n >= 1; n--) {
            posts.add(post(n, n == 2 ? secondBody : "<p>First paragraph.</p>"));
        }
        return posts;
    }

    private static SiteModel.Page page(SiteModel site, String path) {
        return site.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    private static Profile profile(Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("profile.json"), "{\"basics\": {\"name\": \"Ada Lovelace\"}}",
                StandardCharsets.UTF_8);
        return ProfileLoader.load(file, "profile.json").profile();
    }

    /** A cache that holds every page of the site as rendered. */
    private static RenderCache cacheOf(SiteModel site) {
        RenderCache cache = new RenderCache();
        cache.start(site, true);
        site.pages().forEach(page -> cache.put(page, new byte[] {1}));
        return cache;
    }

    @Test
    void aNewBodyRendersItsOwnPageButNotItsNeighboursListsOrTags(@TempDir Path dir) throws Exception {
        Profile profile = profile(dir);
        RenderCache cache = cacheOf(SiteModel.of(profile, null, posts("<p>First paragraph.</p><p>Old words here.</p>")));

        SiteModel after = SiteModel.of(profile, null, posts("<p>First paragraph.</p><p>New words here.</p>"));
        cache.start(after, true);

        assertNull(cache.get(page(after, "posts/p2.html")), "the edited post's own page renders again");
        for (String kept : List.of("posts/p1.html", "posts/p3.html", "posts/index.html", "tags/t.html", "index.html")) {
            assertNotNull(cache.get(page(after, kept)), kept + " shows nothing of the new body");
        }
    }

    @Test
    void aNewTitleRendersEveryPageThatListsThePost(@TempDir Path dir) throws Exception {
        Profile profile = profile(dir);
        RenderCache cache = cacheOf(SiteModel.of(profile, null, posts("<p>Body.</p>")));

        List<Post> renamed = new ArrayList<>(posts("<p>Body.</p>"));
        Post old = renamed.get(3);
        renamed.set(3, new Post(old.file(), old.slug(), "Renamed", old.date(), null, old.tags(), null, false, null,
                null, old.html(), old.excerpt(), old.words(), old.cjkCharacters()));
        SiteModel after = SiteModel.of(profile, null, renamed);
        cache.start(after, true);

        assertNull(cache.get(page(after, "posts/p1.html")), "a neighbour shows the new title");
        assertNull(cache.get(page(after, "tags/t.html")));
    }

    @Test
    void aRendererThatKeepsNothingLetsGoOfPagesTheSinkTook(@TempDir Path dir) throws Exception {
        SiteModel site = SiteModel.of(profile(dir), null, posts("<p>Body.</p>"));
        PageRenderer renderer = new PageRenderer(null);
        java.util.Map<String, byte[]> taken = new java.util.concurrent.ConcurrentHashMap<>();

        java.util.Map<String, byte[]> once = renderer.render(site, (path, bytes) -> taken.put(path, bytes) == null, false);

        assertEquals(site.pages().size(), taken.size(), "every page reached the sink");
        assertTrue(once.values().stream().allMatch(java.util.Objects::isNull), "no bytes kept");
        assertEquals(0, renderer.keptPages());

        java.util.Map<String, byte[]> kept = renderer.render(site, (path, bytes) -> true, true);
        assertArrayEquals(taken.get("posts/p2.html"), kept.get("posts/p2.html"), "the same page either way");
        assertEquals(site.pages().size(), renderer.keptPages(), "a renderer that keeps does, even for taken pages");

        java.util.Map<String, byte[]> refused = renderer.render(site, (path, bytes) -> false, false);
        assertArrayEquals(taken.get("index.html"), refused.get("index.html"), "a page the sink did not take is returned");
        assertEquals(0, renderer.keptPages(), "a build that keeps nothing forgets the last one's pages");
    }
}

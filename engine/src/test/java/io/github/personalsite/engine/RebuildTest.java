package io.github.personalsite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds in one JVM reuse parsed posts and rendered pages, and still show every change. */
class RebuildTest {

    @TempDir
    Path project;
    BuildRequest request;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(project.resolve("profile.json"), "{\"basics\": {\"name\": \"Ada Lovelace\"}}");
        Path posts = Files.createDirectories(project.resolve("content/posts"));
        for (int i = 1; i <= 5; i++) {
            Files.writeString(posts.resolve("2024-01-0" + i + "-post-" + i + ".md"),
                    "---\ntitle: Post " + i + "\ntags: [t]\n---\nBody " + i + ".\n");
        }
        request = BuildRequest.forProject(project);
    }

    private String page(String path) throws Exception {
        return Files.readString(project.resolve("target/public").resolve(path));
    }

    private void edit(Path file, String text) throws Exception {
        FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
        Files.writeString(file, text);
        if (before != null && before.equals(Files.getLastModifiedTime(file))) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1000)); // coarse clocks
        }
    }

    @Test
    void anEditedPostShowsOnItsPageItsNeighboursListsAndTags() throws Exception {
        SiteBuilder.build(request);
        edit(project.resolve("content/posts/2024-01-03-post-3.md"), "---\ntitle: Renamed\ntags: [t]\n---\nNew body.\n");

        BuildResult again = SiteBuilder.build(request);

        assertTrue(page("posts/post-3.html").contains("New body."));
        assertTrue(page("posts/post-2.html").contains("Renamed"), "the neighbour links to the new title");
        assertTrue(page("posts/index.html").contains("Renamed"));
        assertTrue(page("tags/t.html").contains("Renamed"));
        assertTrue(page("index.html").contains("Renamed"), "News on the home page");
        assertFalse(page("posts/post-1.html").contains("Renamed"), "posts two away are not affected");
        assertTrue(again.changed() >= 6 && again.changed() < again.files(), again.changed() + " of " + again.files());
    }

    @Test
    void aBuildThatKeepsNothingWritesTheSameSiteAndALaterBuildChangesNoFile() throws Exception {
        BuildResult once = SiteBuilder.buildOnce(request);
        Path kept = project.resolve("kept");
        SiteBuilder.build(new BuildRequest(request.profile(), request.profileLabel(), request.templatesDir(),
                request.staticDir(), kept, null, request.postsDir(), false));
        try (var files = Files.walk(kept)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path same = project.resolve("target/public").resolve(kept.relativize(file).toString());
                assertEquals(-1L, Files.mismatch(file, same), same + " is the same file either way");
            }
        }
        assertEquals(once.files(), once.changed(), "a new folder: every file written");
        FileTime before = Files.getLastModifiedTime(project.resolve("target/public/posts/post-1.html"));

        BuildResult again = SiteBuilder.buildOnce(request);

        assertEquals(0, again.changed());
        assertEquals(once.files(), again.files());
        assertEquals(before, Files.getLastModifiedTime(project.resolve("target/public/posts/post-1.html")));
    }

    @Test
    void aDeletedPostLosesItsPage() throws Exception {
        SiteBuilder.build(request);
        Files.delete(project.resolve("content/posts/2024-01-05-post-5.md"));
        SiteBuilder.build(request);
        assertFalse(Files.exists(project.resolve("target/public/posts/post-5.html")));
        assertFalse(page("posts/index.html").contains("Post 5"));
    }

    @Test
    void aChangedProfileOrTemplateReachesEveryPage() throws Exception {
        SiteBuilder.build(request);
        edit(project.resolve("profile.json"), "{\"basics\": {\"name\": \"Ada King\"}}");
        SiteBuilder.build(request);
        assertTrue(page("posts/post-1.html").contains("Ada King"));

        Path templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(templates.resolve("post.html"), "<!DOCTYPE html><html lang=\"en\" xmlns:th=\"http://www.thymeleaf.org\">"
                + "<head><title th:text=\"${post.title}\">t</title></head><body><p class=\"mine\">custom</p></body></html>");
        SiteBuilder.build(request);
        assertTrue(page("posts/post-1.html").contains("custom"));
        edit(templates.resolve("post.html"), Files.readString(templates.resolve("post.html")).replace("custom", "changed"));
        SiteBuilder.build(request);
        assertTrue(page("posts/post-1.html").contains("changed"));
        assertEquals(5, Files.list(project.resolve("target/public/posts")).filter(p -> p.toString().endsWith(".html")
                && !p.getFileName().toString().equals("index.html")).count());
    }

    @Test
    void aRebuildToldWhichFilesChangedLooksAtThoseAndAtNewOnes() throws Exception {
        SiteBuilder.build(request);
        Path three = project.resolve("content/posts/2024-01-03-post-3.md");
        Path four = project.resolve("content/posts/2024-01-04-post-4.md");
        edit(three, "---\ntitle: Post 3\ntags: [t]\n---\nNamed by the watcher.\n");
        edit(four, "---\ntitle: Post 4\ntags: [t]\n---\nNot named by the watcher.\n");
        Files.writeString(project.resolve("content/posts/2024-01-06-post-6.md"), "---\ntitle: Post 6\n---\nNew.\n");
        Files.delete(project.resolve("content/posts/2024-01-05-post-5.md"));

        SiteBuilder.build(request, ChangedFiles.only(java.util.List.of(three)));

        assertTrue(page("posts/post-3.html").contains("Named by the watcher."));
        assertTrue(page("posts/post-4.html").contains("Body 4."), "a file no event named is taken from memory");
        assertTrue(page("posts/post-6.html").contains("New."), "a new file is read");
        assertFalse(Files.exists(project.resolve("target/public/posts/post-5.html")), "a deleted file is gone");

        SiteBuilder.build(request, ChangedFiles.UNKNOWN);
        assertTrue(page("posts/post-4.html").contains("Not named by the watcher."), "without a list every file is checked");
    }

    @Test
    void aPostThatIsASymbolicLinkIsCheckedEvenWhenNoEventNamesIt(@org.junit.jupiter.api.io.TempDir Path elsewhere)
            throws Exception {
        Path target = elsewhere.resolve("linked.md");
        Files.writeString(target, "---\ntitle: Linked\ndate: 2024-02-01\n---\nFirst text.\n");
        Files.createSymbolicLink(project.resolve("content/posts/linked.md"), target);
        SiteBuilder.build(request);
        assertTrue(page("posts/linked.html").contains("First text."));

        edit(target, "---\ntitle: Linked\ndate: 2024-02-01\n---\nEdited outside the project.\n");
        SiteBuilder.build(request, ChangedFiles.only(java.util.List.of()));

        assertTrue(page("posts/linked.html").contains("Edited outside the project."));
    }
    @Test
    void aTemplateThatPrintsAnotherPostsBodyShowsItsEdit() throws Exception {
        Path templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(templates.resolve("index.html"), "<!DOCTYPE html><html lang=\"en\" xmlns:th=\"http://www.thymeleaf.org\">"
                + "<head><title>Home</title></head><body><div class=\"latest\" th:utext=\"${site.posts[0].html}\">b</div>"
                + "<p th:text=\"${site.posts[1].html()}\">b</p><p th:text=\"|${site.posts[2].words} words|\">n</p>"
                + "</body></html>");
        Path five = project.resolve("content/posts/2024-01-05-post-5.md");
        Path four = project.resolve("content/posts/2024-01-04-post-4.md");
        Path three = project.resolve("content/posts/2024-01-03-post-3.md");
        for (Path post : java.util.List.of(five, four, three)) {
            edit(post, Files.readString(post) + "\nA second paragraph.\n");
        }
        SiteBuilder.build(request);
        assertTrue(page("index.html").contains("A second paragraph."));
        assertTrue(page("index.html").contains("5 words"));

        // Each edit keeps what lists show (title, first paragraph, reading time): only the body changes.
        edit(five, Files.readString(five).replace("A second paragraph.", "The latest news."));
        SiteBuilder.build(request, ChangedFiles.only(java.util.List.of(five)));
        assertTrue(page("index.html").contains("The latest news."), "a property read of another post's body");

        edit(four, Files.readString(four).replace("A second paragraph.", "Second news."));
        SiteBuilder.build(request, ChangedFiles.only(java.util.List.of(four)));
        assertTrue(page("index.html").contains("Second news."), "a method call for another post's body");

        edit(three, Files.readString(three).replace("A second paragraph.", "Just one more paragraph here."));
        SiteBuilder.build(request, ChangedFiles.only(java.util.List.of(three)));
        assertTrue(page("index.html").contains("7 words"), "another post's exact word count");
    }
}

package io.github.personalsite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links of the profile and posts to paths inside the site: a file the site lacks is a warning. */
class SiteLinksTest {

    @TempDir
    Path dir;

    private List<String> warnings(String profile, String post) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path posts = Files.createDirectories(project.resolve("content/posts"));
        Files.writeString(posts.resolve("2024-01-01-a.md"), post);
        Path file = TestSites.write(project, "profile.json", profile);
        Files.createDirectories(project.resolve("static/images"));
        Files.writeString(project.resolve("static/images/me.jpg"), "jpeg");
        BuildRequest request = new BuildRequest(file, "profile.json", project.resolve("templates"),
                project.resolve("static"), project.resolve("target/public")).withPosts(posts, false);
        return SiteBuilder.build(request).warnings().stream().map(Object::toString)
                .filter(w -> w.contains("no file of the site")).toList();
    }

    @Test
    void aProfileOrPostLinkToAFileTheSiteLacksIsAWarningAtTheLink() throws Exception {
        List<String> warnings = warnings("""
                {"basics": {"name": "A",
                  "image": "images/me.JPG"},
                 "projects": [{"name": "P", "url": "papers/p.pdf#page=2"}]}
                """, "---\ntitle: A\nimage: /images/cover%20art.png\n---\nText.\n");
        assertEquals(List.of(
                "profile.json:2:12: /basics/image: \"images/me.JPG\" names no file of the site"
                        + " (put the file at static/images/me.JPG, or correct the link)",
                "profile.json:3:36: /projects/0/url: \"papers/p.pdf#page=2\" names no file of the site"
                        + " (put the file at static/papers/p.pdf, or correct the link)",
                "content/posts/2024-01-01-a.md:3:8: \"/images/cover%20art.png\" names no file of the site"
                        + " (put the file at static/images/cover art.png, or correct the link)"), warnings);
    }

    @Test
    void filesOfTheSiteUrlsAndAnchorsAreFine() throws Exception {
        List<String> warnings = warnings("""
                {"basics": {"name": "A", "image": "./images/me.jpg", "url": "https://a.example.org/"},
                 "projects": [{"name": "P", "url": "cv.html#work"}, {"name": "Q", "url": "posts/"},
                              {"name": "R", "url": "mailto:a@example.org"}, {"name": "S", "url": "//cdn.example.org/x"}]}
                """, "---\ntitle: A\nimage: og-image.png\n---\nText.\n");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aPostBodysLinksAreReadFromThePostsPageAndWarnedWhereTheyStand() throws Exception {
        List<String> warnings = warnings("{\"basics\": {\"name\": \"A\"}}", """
                ---
                title: A
                ---
                See [the photo](images/me.jpg) and ![plot](../images/plot.png).

                [CV](../cv.html), [me](../images/me.jpg), [home](../), [feed](/feed.xml), [top](#x),
                [mail](mailto:a@example.org), [web](https://example.org/), [a](a.html), [b](b.html).

                [ref]: ../papers/p.pdf
                A [reference][ref] link.
                """);
        String hint = ", or correct the link: a post's links are relative to its page,"
                + " so ../images/photo.jpg is static/images/photo.jpg)";
        assertEquals(List.of(
                "content/posts/2024-01-01-a.md:4:17: \"images/me.jpg\" names no file of the site: read from the"
                        + " post's page, posts/a.html, it is posts/images/me.jpg (put the file at"
                        + " static/posts/images/me.jpg" + hint,
                "content/posts/2024-01-01-a.md:4:44: \"../images/plot.png\" names no file of the site: read from"
                        + " the post's page, posts/a.html, it is images/plot.png (put the file at static/images/plot.png"
                        + hint,
                "content/posts/2024-01-01-a.md:7:77: \"b.html\" names no file of the site: read from the post's"
                        + " page, posts/a.html, it is posts/b.html (put the file at static/posts/b.html" + hint,
                "content/posts/2024-01-01-a.md:9:8: \"../papers/p.pdf\" names no file of the site: read from the"
                        + " post's page, posts/a.html, it is papers/p.pdf (put the file at static/papers/p.pdf" + hint),
                warnings);
    }

    @Test
    void aLinkIsReadAsTheSiteReadsIt() {
        assertEquals("images/x.png", SiteLink.from("posts/a.html", "../images/x.png", p -> null).path());
        assertEquals("posts/b.html", SiteLink.from("posts/a.html", "./b.html#top", p -> null).path());
        assertEquals("index.html", SiteLink.from("posts/a.html", "..", p -> null).path());
        assertEquals("feed.xml", SiteLink.from("posts/a.html", "/feed.xml", p -> null).path());
        assertEquals("../x.png", SiteLink.from("posts/a.html", "../../x.png", p -> null).path(), "above the root");
        assertEquals("images/a b.png", SiteLink.of("/images/a%20b.png?v=2", p -> null).path());
        assertEquals("posts/index.html", SiteLink.of("./posts/", p -> null).path());
        assertEquals("tags/系统.html", SiteLink.of("tags/%E7%B3%BB%E7%BB%9F.html", p -> null).path());
        assertNull(SiteLink.of("#top", p -> null));
        assertEquals(false, SiteLink.of("a%00b.png", p -> null).isIn(Path.of("").toAbsolutePath()), "no such name");
        assertEquals(false, SiteLink.of("../outside.txt", p -> null).isIn(Path.of("x").toAbsolutePath()));
        assertNull(SiteLink.of("tel:+15550100", p -> null));
    }
}

package io.github.personalsite.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    @TempDir
    Path dir;

    @Test
    void writesHomeCvNotFoundStylesheetAndFavicon() throws Exception {
        BuildResult result = TestSites.build(TestSites.resource("profiles/minimal.json"), dir.resolve("public"));
        List<String> files = List.of("404.html", "apple-touch-icon.png", "contact.vcf", "css/site.css", "cv.html",
                "favicon.ico", "favicon.svg", "index.html", "js/theme.js", "llms.txt", "og-image.png", "robots.txt");
        for (String file : files) {
            assertTrue(Files.isRegularFile(result.outputDir().resolve(file)), file);
        }
        assertEquals(files.size(), result.files(), "no sitemap without a site URL");
        assertTrue(Files.readString(result.outputDir().resolve("favicon.svg")).contains(">AL</text>"));
    }

    @Test
    void absentSectionsLeaveNoHeadingOrEmptyElement() throws Exception {
        Path site = TestSites.build(TestSites.resource("profiles/minimal.json"), dir.resolve("public")).outputDir();
        Document cv = TestSites.page(site, "cv.html");
        assertTrue(cv.select("main h2").isEmpty(), cv.select("main h2").eachText().toString());
        assertTrue(cv.select("main section").isEmpty());
        Document home = TestSites.page(site, "index.html");
        assertTrue(home.select("#research-interests, .label, .summary").isEmpty());
        assertEquals(List.of("Save contact"), home.select(".contact li").eachText());
        assertNull(home.selectFirst("link[rel=canonical]"), "no site URL, no canonical link");
    }

    @Test
    void everyJsonResumeSectionIsRenderedWhenPresent() throws Exception {
        Path site = TestSites.build(TestSites.resource("profiles/all-sections.json"), dir.resolve("public")).outputDir();
        Document cv = TestSites.page(site, "cv.html");
        assertEquals(List.of("Education", "Experience", "Selected projects", "Publications", "Selected awards",
                "Certificates", "Volunteering", "Skills", "Languages", "Interests", "References"),
                cv.select("main h2").eachText());
        assertEquals("1952-05", cv.selectFirst("#publications time").attr("datetime"));
        assertEquals("COBOL", cv.selectFirst("#experience em").text());
        assertTrue(cv.selectFirst("#skills").text().contains("Languages (Master) COBOL, FLOW-MATIC"));
        assertTrue(cv.selectFirst("#references").text().contains("It's easier to ask forgiveness"));
        assertEquals("en-US", cv.selectFirst("html").attr("lang"));
    }

    @Test
    void siteSettingsDriveTitleNavigationAccentAndCanonical() throws Exception {
        Path site = TestSites.build(TestSites.resource("profiles/all-sections.json"), dir.resolve("public")).outputDir();
        Document home = TestSites.page(site, "index.html");
        assertEquals("Amazing Grace", home.title());
        assertEquals(List.of("About", "Résumé", "Blog"), home.select("nav a").eachText());
        assertEquals("noopener noreferrer", home.selectFirst("nav a[href=https://blog.example.org/]").attr("rel"));
        assertEquals("", home.selectFirst("nav a[href=cv.html]").attr("rel"));
        assertTrue(home.selectFirst("head style").data().contains("--accent:#8a2be2"));
        assertEquals("https://grace.example.org/site/", home.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("images/grace.jpg", home.selectFirst("img.avatar").attr("src"));
        assertTrue(home.select(".avatar.initials").isEmpty(), "a photo replaces the initials");
    }

    @Test
    void notFoundPageLinksFromTheSiteBasePathSoItWorksAtAnyDepth() throws Exception {
        Path site = TestSites.build(TestSites.resource("profiles/all-sections.json"), dir.resolve("public")).outputDir();
        Document notFound = TestSites.page(site, "404.html");
        assertEquals("/site/css/site.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("/site/index.html", notFound.selectFirst("main a").attr("href"));
    }

    @Test
    void htmlInProfileStringsIsEscapedAndUnsafeMarkdownLinksLoseTheirLink() throws Exception {
        Path site = TestSites.build(TestSites.resource("profiles/html-in-strings.json"), dir.resolve("public"))
                .outputDir();
        for (String page : List.of("index.html", "cv.html", "404.html")) {
            Document doc = TestSites.page(site, page);
            assertTrue(doc.select("script:not([src$=js/theme.js]):not([type=application/ld+json]), iframe,"
                    + " img[onerror], b").isEmpty(), page);
            assertTrue(doc.select("a[href^=javascript]").isEmpty(), page);
        }
        Document home = TestSites.page(site, "index.html");
        assertEquals("<script>alert('name')</script>Eve", home.selectFirst("h1").text());
        assertEquals("<img src=x onerror=alert(1)>", home.selectFirst(".label").text());
        assertEquals("real", home.selectFirst(".summary strong").text());
        assertEquals("https://example.org/", home.selectFirst(".summary a").attr("href"));
        assertTrue(home.selectFirst(".summary").text().contains("and evil."));
        assertTrue(home.selectFirst(".summary").text().contains("I like <b>bold</b> claims &"));
        Document cv = TestSites.page(site, "cv.html");
        assertEquals("<em>Intern</em>", cv.selectFirst("#experience .role").text());
        assertEquals("<code>", cv.selectFirst("#experience li code").text());
    }

    @Test
    void projectTemplateOverridesTheThemeAndStaticFilesAreCopiedAsTheyAre() throws Exception {
        Path project = TestSites.resource("templates-override");
        BuildRequest request = new BuildRequest(project.resolve("profile.json"), "profile.json",
                project.resolve("templates"), project.resolve("static"), dir.resolve("public"));
        Path site = SiteBuilder.build(request).outputDir();

        Document home = TestSites.page(site, "index.html");
        assertEquals("Hello from Alan Turing's own template", home.selectFirst("h1.custom-home").text());
        assertEquals("Alan Turing", home.title(), "the override still uses the theme's layout fragments");
        Document cv = TestSites.page(site, "cv.html");
        assertEquals("Alan Turing", cv.selectFirst("h1").text(), "templates not overridden come from the theme");

        assertArrayEquals(Files.readAllBytes(project.resolve("static/css/site.css")),
                Files.readAllBytes(site.resolve("css/site.css")), "a static file replaces the theme asset");
        assertArrayEquals(Files.readAllBytes(project.resolve("static/images/me.png")),
                Files.readAllBytes(site.resolve("images/me.png")));
        assertEquals("grace\n", Files.readString(site.resolve("CNAME")));
        assertFalse(Files.exists(site.resolve("README.md")), "static/README.md documents the folder");
        assertTrue(Files.exists(project.resolve("static/images/me.png")), "static files are copied, not moved");
    }

    @Test
    void javaScriptInliningWritesRecordsAsJson() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        TestSites.write(templates, "cv.html", "<!DOCTYPE html>\n<html>\n<body>\n"
                + "<script th:inline=\"javascript\">var basics = [[${profile.basics}]];</script>\n</body>\n</html>\n");
        BuildRequest request = new BuildRequest(TestSites.resource("profiles/minimal.json"), "profile.json",
                templates, null, dir.resolve("public"));
        Path site = SiteBuilder.build(request).outputDir();
        String script = TestSites.page(site, "cv.html").selectFirst("script").data();
        assertTrue(script.startsWith("var basics = {\"name\":\"Ada Lovelace\","), script);
        assertTrue(script.contains("\"profiles\":[]"), script);
    }

    @Test
    void brokenOverrideTemplateNamesTheFileAndLine() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        TestSites.write(templates, "cv.html", "<!DOCTYPE html>\n<html>\n<body>\n<p th:text=\"${profile.nope.deeper}\">x</p>\n</body>\n</html>\n");
        BuildRequest request = new BuildRequest(TestSites.resource("profiles/minimal.json"), "profile.json",
                templates, null, dir.resolve("public"));
        BuildException e = assertThrows(BuildException.class, () -> SiteBuilder.build(request));
        Problem problem = e.problems().get(0);
        assertEquals("templates/cv.html", problem.file());
        assertEquals(4, problem.line());
        assertTrue(problem.message().startsWith("template error: "), problem.message());
    }

    /** A project whose post template fails: the home, CV and list pages render (and are written early). */
    private BuildRequest postTemplateFails(Path out) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        TestSites.write(templates, "post.html", "<!DOCTYPE html>\n<html>\n<body>\n<p th:text=\"${post.nope.deeper}\">x</p>\n</body>\n</html>\n");
        Path posts = Files.createDirectories(dir.resolve("posts"));
        for (int i = 1; i <= 40; i++) {
            TestSites.write(posts, String.format("2024-01-%02d-post-%d.md", i % 28 + 1, i), "---\ntitle: Post " + i + "\n---\nBody.\n");
        }
        return new BuildRequest(TestSites.resource("profiles/minimal.json"), "profile.json", templates, null, out)
                .withPosts(posts, false);
    }

    @Test
    void aBuildIntoANewFolderThatFailsWhileRenderingLeavesNoFolder() throws Exception {
        Path out = dir.resolve("target/public");
        BuildException e = assertThrows(BuildException.class, () -> SiteBuilder.build(postTemplateFails(out)));
        assertEquals("templates/post.html", e.problems().get(0).file());
        assertFalse(Files.exists(out), "pages written while rendering are removed again");
    }

    @Test
    void aBuildIntoAnEmptyFolderThatFailsWhileRenderingLeavesItEmpty() throws Exception {
        Path out = Files.createDirectories(dir.resolve("public"));
        assertThrows(BuildException.class, () -> SiteBuilder.build(postTemplateFails(out)));
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aBuildOverASiteThatFailsWhileRenderingLeavesItByteIdentical() throws Exception {
        Path out = dir.resolve("public");
        TestSites.build(TestSites.resource("profiles/minimal.json"), out);
        Map<String, byte[]> before = snapshot(out);
        assertThrows(BuildException.class, () -> SiteBuilder.build(postTemplateFails(out)));
        Map<String, byte[]> after = snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    @Test
    void failedBuildLeavesThePreviousSiteByteIdentical() throws Exception {
        Path out = dir.resolve("public");
        TestSites.build(TestSites.resource("profiles/all-sections.json"), out);
        Files.writeString(out.resolve("extra.txt"), "left by the owner's previous build");
        Map<String, byte[]> before = snapshot(out);

        Path broken = TestSites.write(dir, "broken.json", "{ \"basics\": { \"name\": \"X\", \"url\": \"javascript:alert(1)\" } }");
        assertThrows(BuildException.class, () -> TestSites.build(broken, out));

        Map<String, byte[]> after = snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of("broken.json", "public"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary folder is left behind");
        }
    }

    @Test
    void rebuildingAnUnchangedProjectModifiesNoFile() throws Exception {
        Path out = dir.resolve("public");
        Path profile = TestSites.sampleProfile(dir);
        BuildRequest request = new BuildRequest(profile, "profile.json", null, null, out)
                .withPosts(Path.of("..", "sample-profile", "content", "posts"), false);
        BuildResult first = SiteBuilder.build(request);
        assertEquals(first.files(), first.changed());
        Map<String, java.nio.file.attribute.FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                times.put(out.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        Thread.sleep(20);

        BuildResult second = SiteBuilder.build(request);

        assertEquals(0, second.changed());
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                assertEquals(times.get(out.relativize(p).toString()), Files.getLastModifiedTime(p), p.toString());
            }
        }
    }

    @Test
    void successfulBuildReplacesTheWholePreviousSite() throws Exception {
        Path out = dir.resolve("public");
        Files.createDirectories(out.resolve("old"));
        Files.writeString(out.resolve("old/page.html"), "stale");
        TestSites.build(TestSites.resource("profiles/minimal.json"), out);
        assertFalse(Files.exists(out.resolve("old")));
        assertNotNull(TestSites.page(out, "index.html").selectFirst("h1"));
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}

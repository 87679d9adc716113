package io.github.personalsite.engine.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.BuildResult;
import io.github.personalsite.engine.SiteBuilder;
import io.github.personalsite.engine.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The sample project's posts: pages, list, tags, news on the home page, feed, sitemap. */
class PostsSiteTest {

    static final Path SAMPLE_POSTS = Path.of("..", "sample-profile", "content", "posts");

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void buildSample() throws Exception {
        BuildRequest request = new BuildRequest(TestSites.sampleProfile(dir), "profile.json", null, null,
                dir.resolve("public")).withPosts(SAMPLE_POSTS, false);
        BuildResult result = SiteBuilder.build(request);
        site = result.outputDir();
    }

    @Test
    void eachPostHasItsPageWithDateReadingTimeTagsAndNeighbours() {
        Document post = TestSites.page(site, "posts/joining-catalyst-at-cmu.html");
        assertEquals("Joining the Catalyst Group at Carnegie Mellon", post.selectFirst("main h1").text());
        assertEquals("2024-05-06", post.selectFirst(".post-meta time").attr("datetime"));
        assertTrue(post.selectFirst(".post-meta").text().contains("1 min read"));
        assertEquals(List.of("research", "llm-serving"), post.select("main .tags a").eachText());
        assertEquals("../tags/llm-serving.html", post.selectFirst("main .tags a[href$=llm-serving.html]").attr("href"));
        assertEquals("../posts/lu-hao-scholarship.html", post.selectFirst(".post-nav .newer").attr("href"));
        assertEquals("../posts/xpuremoting.html", post.selectFirst(".post-nav .older").attr("href"));
        assertEquals("../css/site.css", post.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("https://chenzhuofu.github.io/posts/joining-catalyst-at-cmu.html",
                post.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void markdownBecomesHtmlWithTablesCodeLanguageAndHeadingFreeProse() {
        Document post = TestSites.page(site, "posts/xpuremoting.html");
        assertEquals(3, post.select(".prose table tr").size());
        assertEquals("language-rust", post.selectFirst(".prose pre code").className());
        assertEquals(3, post.select(".prose ol li").size());
        assertEquals("XPURemoting", post.selectFirst(".prose strong").text());
    }

    @Test
    void listTagPagesAndHomeNewsShowTheNewestFirst() {
        List<String> newestFirst = List.of("Tongji University Lu Hao Scholarship",
                "Joining the Catalyst Group at Carnegie Mellon", "XPURemoting: GPU disaggregation, rewritten in Rust",
                "National 1st Prize in the Mathematical Contest in Modeling");
        assertEquals(newestFirst, TestSites.page(site, "posts/index.html").select(".post-item h2").eachText());
        Document home = TestSites.page(site, "index.html");
        assertEquals(newestFirst, home.select("#news ~ .post-item h3").eachText());
        assertEquals("posts/lu-hao-scholarship.html", home.selectFirst(".post-item h3 a").attr("href"));
        assertEquals(List.of("Home", "CV", "Posts"), home.select("nav a").eachText());
        Document awards = TestSites.page(site, "tags/awards.html");
        assertEquals(List.of("Tongji University Lu Hao Scholarship",
                "National 1st Prize in the Mathematical Contest in Modeling"), awards.select(".post-item h2").eachText());
        assertTrue(TestSites.page(site, "posts/index.html").select(".pagination").isEmpty(), "one page only");
        assertEquals("This month I start as a research intern in the Catalyst Group at CMU, advised by Zhihao Jia.",
                home.select(".post-item .summary").get(1).text());
        assertEquals("I received Tongji University's Lu Hao Scholarship for 2024.",
                home.select(".post-item .summary").get(0).text(), "without a summary, the first paragraph");
    }

    @Test
    void theFeedIsAtomWithFullContentAndTheSitemapListsThePosts() throws Exception {
        var feed = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        NodeList entries = feed.getElementsByTagName("entry");
        assertEquals(4, entries.getLength());
        String first = entries.item(0).getTextContent();
        assertTrue(first.contains("https://chenzhuofu.github.io/posts/lu-hao-scholarship.html"), first);
        assertTrue(first.contains("<p>I received Tongji University's <strong>Lu Hao Scholarship</strong>"), first);
        assertEquals("2024-06-28T00:00:00Z", feed.getElementsByTagName("updated").item(0).getTextContent());
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        for (String path : List.of("posts/xpuremoting.html", "posts/index.html", "tags/awards.html")) {
            assertTrue(sitemap.contains("<loc>https://chenzhuofu.github.io/" + path + "</loc>"), path);
        }
        assertNotNull(TestSites.page(site, "index.html").selectFirst("link[rel=alternate][type=application/atom+xml]"));
    }

    @Test
    void draftsAreSkippedInBuildAndShownInPreview(@TempDir Path other) throws Exception {
        Path posts = Files.createDirectories(other.resolve("content/posts"));
        Files.writeString(posts.resolve("2024-01-01-public.md"), "---\ntitle: Public\n---\nText.\n");
        Files.writeString(posts.resolve("2024-02-01-secret.md"), "---\ntitle: Secret\ndraft: true\n---\nText.\n");
        BuildRequest request = new BuildRequest(TestSites.resource("profiles/minimal.json"), "profile.json", null, null,
                other.resolve("public"));
        Path built = SiteBuilder.build(request.withPosts(posts, false)).outputDir();
        assertFalse(Files.exists(built.resolve("posts/secret.html")));
        assertEquals(List.of("Public"), TestSites.page(built, "posts/index.html").select(".post-item h2").eachText());
        Path preview = SiteBuilder.build(request.withPosts(posts, true)).outputDir();
        assertTrue(Files.exists(preview.resolve("posts/secret.html")));
    }

    @Test
    void longListsArePaginated(@TempDir Path other) throws Exception {
        Path posts = Files.createDirectories(other.resolve("content/posts"));
        for (int i = 1; i <= 23; i++) {
            Files.writeString(posts.resolve(String.format("2024-01-%02d-post-%d.md", i, i)),
                    "---\ntitle: Post " + i + "\ntags: [t" + (i % 3) + "]\n---\nBody " + i + ".\n");
        }
        Path profile = TestSites.write(other, "profile.json", "{\"basics\": {\"name\": \"A\"}, \"meta\": {\"site\": {\"postsPerPage\": 10}}}");
        Path built = SiteBuilder.build(new BuildRequest(profile, "profile.json", null, null, other.resolve("public"))
                .withPosts(posts, false)).outputDir();
        Document second = TestSites.page(built, "posts/page/2.html");
        assertEquals("Post 13", second.selectFirst(".post-item h2").text());
        assertEquals("Page 2 of 3", second.selectFirst(".pagination span").text());
        assertEquals("../../posts/index.html", second.selectFirst(".pagination a").attr("href"));
        assertEquals("../../posts/page/3.html", second.select(".pagination a").get(1).attr("href"));
        assertEquals(3, TestSites.page(built, "posts/page/3.html").select(".post-item").size());
        assertEquals(7, TestSites.page(built, "tags/t0.html").select(".post-item").size(), "3, 6, … 21");
    }

    private static String meta(Document page, String attribute, String name) {
        org.jsoup.nodes.Element tag = page.selectFirst("meta[" + attribute + "=" + name + "]");
        return tag == null ? null : tag.attr("content");
    }

    @Test
    void aPostPageDescribesThePostNotThePerson() {
        Document post = TestSites.page(site, "posts/joining-catalyst-at-cmu.html");
        String summary = "This month I start as a research intern in the Catalyst Group at CMU, advised by Zhihao Jia.";
        assertEquals(summary, meta(post, "name", "description"));
        assertEquals(summary, meta(post, "property", "og:description"));
        assertEquals(summary, meta(post, "name", "twitter:description"));
        assertEquals("article", meta(post, "property", "og:type"));
        assertEquals("2024-05-06", meta(post, "property", "article:published_time"));
        assertEquals(List.of("research", "llm-serving"), post.select("meta[property=article:tag]").eachAttr("content"));
        Document list = TestSites.page(site, "posts/index.html");
        assertEquals("website", meta(list, "property", "og:type"));
        assertEquals(meta(TestSites.page(site, "index.html"), "name", "description"), meta(list, "name", "description"));
        assertTrue(list.select("meta[property^=article:]").isEmpty());
    }

    @Test
    void aPostWithoutSummaryIsDescribedByItsFirstParagraphCutAtAWord(@TempDir Path other) throws Exception {
        Path posts = Files.createDirectories(other.resolve("content/posts"));
        String paragraph = "The first paragraph of a post that has no summary goes on and on, well beyond what a search"
                + " engine shows under a link, so the description stops at a word before 160 characters and says so.";
        Files.writeString(posts.resolve("2024-01-01-long.md"), "---\ntitle: Long\nupdated: 2024-02-01\n---\n"
                + paragraph + "\n\nThe second paragraph.\n");
        Path profile = TestSites.write(other, "profile.json",
                "{\"basics\": {\"name\": \"A\", \"summary\": \"About A.\"}}");
        Path built = SiteBuilder.build(new BuildRequest(profile, "profile.json", null, null, other.resolve("public"))
                .withPosts(posts, false)).outputDir();
        Document post = TestSites.page(built, "posts/long.html");
        String description = meta(post, "name", "description");
        assertTrue(description.length() <= 160 && description.endsWith("…"), description);
        assertTrue(paragraph.startsWith(description.substring(0, description.length() - 1) + " "), description);
        assertEquals("2024-02-01", meta(post, "property", "article:modified_time"));
    }

    @Test
    void aPostsImageIsWhatLinkPreviewsShowOfIt(@TempDir Path other) throws Exception {
        Path posts = Files.createDirectories(other.resolve("content/posts"));
        Files.writeString(posts.resolve("2024-01-01-own.md"), "---\ntitle: Own\nimage: /images/cover.png\n---\nText.\n");
        Files.writeString(posts.resolve("2024-01-02-far.md"),
                "---\ntitle: Far\nimage: https://cdn.example.org/far.jpg\n---\nText.\n");
        Files.writeString(posts.resolve("2024-01-03-none.md"), "---\ntitle: None\n---\nText.\n");
        Path profile = TestSites.write(other, "profile.json",
                "{\"basics\": {\"name\": \"A\"}, \"meta\": {\"site\": {\"url\": \"https://a.example.org/me/\"}}}");
        Path built = SiteBuilder.build(new BuildRequest(profile, "profile.json", null, null, other.resolve("public"))
                .withPosts(posts, false)).outputDir();
        Document own = TestSites.page(built, "posts/own.html");
        assertEquals("https://a.example.org/me/images/cover.png", meta(own, "property", "og:image"));
        assertEquals("https://a.example.org/me/images/cover.png", meta(own, "name", "twitter:image"));
        assertEquals("summary_large_image", meta(own, "name", "twitter:card"));
        assertEquals(null, meta(own, "property", "og:image:width"), "the size of a picture of one's own is not known");
        assertEquals("https://cdn.example.org/far.jpg", meta(TestSites.page(built, "posts/far.html"), "property", "og:image"));
        Document none = TestSites.page(built, "posts/none.html");
        assertEquals("https://a.example.org/me/og-image.png", meta(none, "property", "og:image"));
        assertEquals("1200", meta(none, "property", "og:image:width"));
    }

    @Test
    void feedContentResolvesItsRelativeLinksAgainstThePostsPage(@TempDir Path other) throws Exception {
        Path posts = Files.createDirectories(other.resolve("content/posts"));
        Files.writeString(posts.resolve("2024-01-01-linked.md"), "---\ntitle: Linked\n---\n"
                + "See [the other post](other.html), [below](#results) and ![a figure](../images/fig.png).\n");
        Path profile = TestSites.write(other, "profile.json",
                "{\"basics\": {\"name\": \"A\"}, \"meta\": {\"site\": {\"url\": \"https://a.example.org/me/\"}}}");
        Path built = SiteBuilder.build(new BuildRequest(profile, "profile.json", null, null, other.resolve("public"))
                .withPosts(posts, false)).outputDir();
        var feed = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(built.resolve("feed.xml").toFile());
        org.w3c.dom.Element content = (org.w3c.dom.Element) feed.getElementsByTagName("content").item(0);
        java.net.URI base = java.net.URI.create(content.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base"));
        assertEquals("https://a.example.org/me/posts/other.html", base.resolve("other.html").toString());
        assertEquals("https://a.example.org/me/images/fig.png", base.resolve("../images/fig.png").toString());
        assertEquals("https://a.example.org/me/posts/linked.html#results", base.resolve("#results").toString());
    }

    @Test
    void sitemapAddressesAreAsciiWithOtherScriptsPercentEncoded(@TempDir Path other) throws Exception {
        Path posts = Files.createDirectories(other.resolve("content/posts"));
        Files.writeString(posts.resolve("2024-01-01-systems.md"), "---\ntitle: 系统\ntags: [系统, GPU]\n---\n正文。\n");
        Path profile = TestSites.write(other, "profile.json",
                "{\"basics\": {\"name\": \"A\"}, \"meta\": {\"site\": {\"url\": \"https://a.example.org/\"}}}");
        Path built = SiteBuilder.build(new BuildRequest(profile, "profile.json", null, null, other.resolve("public"))
                .withPosts(posts, false)).outputDir();
        assertTrue(Files.exists(built.resolve("tags/系统.html")));
        String sitemap = Files.readString(built.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://a.example.org/tags/%E7%B3%BB%E7%BB%9F.html</loc>"), sitemap);
        assertTrue(sitemap.chars().allMatch(c -> c < 0x80), "sitemaps.org: addresses escaped to ASCII");
    }

    @Test
    void aChineseDescriptionIsCutAtHalfTheCharactersForCharactersTwiceAsWide(@TempDir Path other) throws Exception {
        Path posts = Files.createDirectories(other.resolve("content/posts"));
        String paragraph = "我们设计了一个分布式系统，用于大模型推理服务。".repeat(10);
        Files.writeString(posts.resolve("2024-01-01-zh.md"), "---\ntitle: 系统\n---\n" + paragraph + "\n");
        Path profile = TestSites.write(other, "profile.json", "{\"basics\": {\"name\": \"A\"}}");
        Path built = SiteBuilder.build(new BuildRequest(profile, "profile.json", null, null, other.resolve("public"))
                .withPosts(posts, false)).outputDir();
        String description = meta(TestSites.page(built, "posts/zh.html"), "name", "description");
        assertEquals(paragraph.substring(0, 79) + "…", description, "search results show some 80 such characters");
    }
}

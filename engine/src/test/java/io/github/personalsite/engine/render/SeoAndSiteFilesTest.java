package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.SiteBuilder;
import io.github.personalsite.engine.TestSites;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Head tags, JSON-LD, sitemap, robots.txt, vCard, llms.txt and images of the sample site. */
class SeoAndSiteFilesTest {

    @TempDir
    static Path dir;
    static Path site;
    static Document home;

    @BeforeAll
    static void buildSample() throws Exception {
        site = TestSites.build(TestSites.sampleProfile(dir), dir.resolve("public")).outputDir();
        home = TestSites.page(site, "index.html");
    }

    @Test
    void jsonLdIsWrittenAsObjectMapperWritesIt() throws Exception {
        ObjectMapper jackson = new ObjectMapper();
        JsonNode tree = jackson.readTree("{\"@context\": \"https://schema.org\", \"name\": \"Zoë <b>&</b> \\u2028 \\\" \\\\\","
                + " \"worksFor\": [{\"@type\": \"Organization\", \"department\": {\"name\": \"Lab\"}}, \"x\"],"
                + " \"sameAs\": [], \"o\": {}}");
        assertEquals(jackson.writerWithDefaultPrettyPrinter().writeValueAsString(tree), JsonLd.pretty(tree));
    }

    @Test
    void jsonLdDescribesThePerson() throws Exception {
        JsonNode person = new ObjectMapper().readTree(home.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Person", person.get("@type").asText());
        assertEquals("Zhuofu Chen", person.get("name").asText());
        assertEquals("mailto:aetiurf@gmail.com", person.get("email").asText());
        assertEquals("https://chenzhuofu.github.io/", person.get("url").asText());
        assertEquals("Carnegie Mellon University", person.at("/worksFor/0/name").asText());
        assertEquals("Catalyst Group", person.at("/worksFor/0/department/name").asText());
        assertEquals(1, person.get("worksFor").size(), "only positions that go on");
        assertEquals("Tongji University", person.at("/alumniOf/0/name").asText());
        assertEquals("https://github.com/chenzhuofu", person.at("/sameAs/0").asText());
        assertTrue(TestSites.page(site, "cv.html").select("script[type=application/ld+json]").isEmpty());
    }

    @Test
    void jsonLdCannotBeClosedByProfileText(@TempDir Path other) throws Exception {
        Path profile = TestSites.write(other, "p.json", "{\"basics\": {\"name\": \"</script><script>alert(1)</script>\","
                + " \"label\": \"a & b > c\"}}");
        Path out = TestSites.build(profile, other.resolve("public")).outputDir();
        Document page = TestSites.page(out, "index.html");
        String json = page.selectFirst("script[type=application/ld+json]").data();
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        assertEquals("</script><script>alert(1)</script>", new ObjectMapper().readTree(json).get("name").asText());
        assertEquals(1, page.select("script[type=application/ld+json]").size());
    }

    @Test
    void headCarriesDescriptionOpenGraphAndTwitterTags() {
        String description = home.selectFirst("meta[name=description]").attr("content");
        assertTrue(description.startsWith("I build system infrastructure"), description);
        assertFalse(description.contains("*"), "Markdown marks are removed: " + description);
        assertTrue(description.length() <= 160);
        assertEquals("profile", meta("og:type"));
        assertEquals("https://chenzhuofu.github.io/", meta("og:url"));
        assertEquals("https://chenzhuofu.github.io/og-image.png", meta("og:image"));
        assertEquals(description, meta("og:description"));
        assertEquals("summary_large_image", home.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals("https://chenzhuofu.github.io/og-image.png", home.selectFirst("meta[name=twitter:image]").attr("content"));
        assertEquals(List.of("favicon.ico", "favicon.svg", "apple-touch-icon.png"),
                home.select("link[rel=icon], link[rel=apple-touch-icon]").eachAttr("href"));
    }

    @Test
    void openGraphLocaleIsTheSiteLanguageWithAnUnderscore(@TempDir Path other) throws Exception {
        assertEquals("en", meta("og:locale"));
        Path profile = TestSites.write(other, "p.json", "{\"basics\": {\"name\": \"Ada\"},"
                + " \"meta\": {\"site\": {\"language\": \"en-GB\"}}}");
        Document page = TestSites.page(TestSites.build(profile, other.resolve("public")).outputDir(), "index.html");
        assertEquals("en_GB", page.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals("en-GB", page.selectFirst("html").attr("lang"));
    }

    @Test
    void withoutASiteUrlThereIsNoAbsoluteUrlToGiveSoNoneIsInvented(@TempDir Path other) throws Exception {
        Path out = TestSites.build(TestSites.resource("profiles/minimal.json"), other.resolve("public")).outputDir();
        Document page = TestSites.page(out, "index.html");
        assertNull(page.selectFirst("meta[property=og:image]"));
        assertNull(page.selectFirst("meta[property=og:url]"));
        assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"));
        assertFalse(Files.exists(out.resolve("sitemap.xml")));
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(out.resolve("robots.txt")));
    }

    @Test
    void sitemapListsThePagesAndRobotsNamesIt() throws Exception {
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://chenzhuofu.github.io/</loc></url>
                  <url><loc>https://chenzhuofu.github.io/cv.html</loc></url>
                </urlset>
                """, Files.readString(site.resolve("sitemap.xml")));
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://chenzhuofu.github.io/sitemap.xml\n",
                Files.readString(site.resolve("robots.txt")));
    }

    @Test
    void vcardHasTheContactDetailsAndIsLinkedFromTheHomePage() throws Exception {
        String vcard = Files.readString(site.resolve("contact.vcf"));
        List<String> lines = Arrays.asList(vcard.split("\r\n"));
        assertEquals("BEGIN:VCARD", lines.get(0));
        assertTrue(lines.containsAll(List.of("VERSION:3.0", "FN:Zhuofu Chen", "N:Chen;Zhuofu;;;",
                "EMAIL;TYPE=INTERNET:aetiurf@gmail.com", "URL:https://chenzhuofu.github.io/",
                "ORG:Carnegie Mellon University;Catalyst Group", "ADR:;;;Shanghai;;;CN",
                "X-SOCIALPROFILE;TYPE=github:https://github.com/chenzhuofu", "END:VCARD")), vcard);
        assertTrue(lines.stream().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75), vcard);
        assertTrue(vcard.endsWith("\r\n"));
        assertEquals("contact.vcf", home.selectFirst("a[download]").attr("href"));
    }

    @Test
    void vcardEscapesAndFoldsLongValues() {
        String vcard = SiteFiles.vcard(new io.github.personalsite.engine.profile.Profile(
                new io.github.personalsite.engine.profile.Basics("Ada, Countess; of Lovelace", "Mathematician ".repeat(10),
                        null, null, null, null, null, null, null, null),
                null, null, null, null, null, null, null, null, null, null, null, null));
        assertTrue(vcard.contains("FN:Ada\\, Countess\\; of Lovelace\r\n"), vcard);
        assertTrue(vcard.replace("\r\n ", "").contains("TITLE:" + "Mathematician ".repeat(10).strip() + "\r\n"), vcard);
        assertTrue(Arrays.stream(vcard.split("\r\n")).allMatch(l -> l.length() <= 75), "folded: " + vcard);
    }

    @Test
    void llmsTxtHasTheProfileAsText() throws Exception {
        String text = Files.readString(site.resolve("llms.txt"));
        assertTrue(text.startsWith("# Zhuofu Chen\n"), text);
        for (String fact : List.of("## Research interests", "Tongji University, Shanghai, China: B.S. Computer Science and Technology Elite Class",
                "GPA 4.87/5.00, ranking 3/20", "### Catalyst Group, Carnegie Mellon University",
                "Research Intern, advised by Xingda Wei and Rong Chen", "- 4k LOC in C++ (v1), 15k LOC in Rust (v2)",
                "- China National Scholarship (top 0.2%), 2022")) {
            assertTrue(text.contains(fact), fact + " missing from:\n" + text);
        }
    }

    @Test
    void imagesHaveTheirSizesAndFormats() throws Exception {
        BufferedImage share = ImageIO.read(site.resolve("og-image.png").toFile());
        assertEquals(1200, share.getWidth());
        assertEquals(630, share.getHeight());
        assertEquals(0x1d5fa7, share.getRGB(10, 10) & 0xFFFFFF, "accent background");
        BufferedImage touch = ImageIO.read(site.resolve("apple-touch-icon.png").toFile());
        assertEquals(180, touch.getWidth());
        byte[] ico = Files.readAllBytes(site.resolve("favicon.ico"));
        assertArrayEquals(new byte[] {0, 0, 1, 0, 1, 0, 32, 32}, Arrays.copyOf(ico, 8), "ICO header, one 32x32 image");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOfRange(ico, 22, 26), "PNG inside");
    }

    @Test
    void aSiteUrlGivenToTheBuildServesWhenTheProfileHasNone(@TempDir Path other) throws Exception {
        BuildRequest request = new BuildRequest(TestSites.resource("profiles/minimal.json"), "profile.json", null, null,
                other.resolve("public"), "https://user.github.io/repo");
        Path out = SiteBuilder.build(request).outputDir();
        Document page = TestSites.page(out, "cv.html");
        assertEquals("https://user.github.io/repo/cv.html", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/repo/css/site.css", TestSites.page(out, "404.html").selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("<loc>https://user.github.io/repo/</loc>"));
    }

    @Test
    void theProfilesSiteUrlWinsOverTheBuildsOne(@TempDir Path other) throws Exception {
        BuildRequest request = new BuildRequest(TestSites.sampleProfile(other), "profile.json", null, null,
                other.resolve("public"), "https://user.github.io/repo/");
        Path out = SiteBuilder.build(request).outputDir();
        assertEquals("https://chenzhuofu.github.io/cv.html",
                TestSites.page(out, "cv.html").selectFirst("link[rel=canonical]").attr("href"));
    }

    private static String meta(String property) {
        return home.selectFirst("meta[property=" + property + "]").attr("content");
    }
}

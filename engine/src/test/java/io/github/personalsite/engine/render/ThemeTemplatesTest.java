package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default theme never writes profile data unescaped, and every page carries a strict CSP. */
class ThemeTemplatesTest {

    private static final Path THEME = Path.of("src/main/resources", PageRenderer.THEME_TEMPLATES);
    private static final Pattern UTEXT = Pattern.compile("th:utext=\"([^\"]*)\"");

    @Test
    void unescapedOutputOnlyEverComesFromTheInlineMarkdownRenderer() throws Exception {
        int seen = 0;
        try (Stream<Path> templates = Files.list(THEME)) {
            for (Path template : templates.toList()) {
                String html = Files.readString(template);
                assertFalse(html.contains("[(${"), template + " uses unescaped inline output [(...)]");
                Matcher m = UTEXT.matcher(html);
                while (m.find()) {
                    seen++;
                    // The only producers of markup: inline Markdown (escapes everything else), the
                    // JSON-LD (escapes < > &), the theme's own icons (constant markup), and a post's
                    // body (the owner's Markdown, cleaned by HtmlCleaner unless the owner turned that off).
                    String rest = m.group(1).replaceAll("\\$\\{md\\.inline\\([^()]*\\)\\}", "")
                            .replaceAll("\\$\\{seo\\.jsonLd\\(\\)\\}", "")
                            .replaceAll("\\$\\{icons\\.(svg|network)\\([^()]*\\)\\}", "")
                            .replaceAll("\\$\\{post\\.html\\}", "");
                    assertFalse(rest.contains("${"), template + ": " + m.group());
                }
            }
        }
        assertTrue(seen > 5, "the check saw the theme's utext attributes");
    }

    @Test
    void everyPageSendsAContentSecurityPolicyThatAllowsOnlyTheThemesInlineStyle(@TempDir Path dir) throws Exception {
        Path site = TestSites.build(TestSites.resource("profiles/all-sections.json"), dir.resolve("public")).outputDir();
        for (String page : List.of("index.html", "cv.html", "404.html")) {
            Document doc = TestSites.page(site, page);
            String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertTrue(csp.startsWith("default-src 'none'; script-src 'self' file:"), csp);
            var jsonLd = doc.selectFirst("script[type=application/ld+json]");
            if (jsonLd != null) {
                String scriptHash = Base64.getEncoder().encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(jsonLd.data().getBytes("UTF-8")));
                assertTrue(csp.contains("script-src 'self' file: 'sha256-" + scriptHash + "';"), csp);
            } else {
                assertTrue(csp.startsWith("default-src 'none'; script-src 'self' file:;"), csp);
            }
            assertFalse(csp.contains("unsafe-inline"), csp);
            String style = doc.selectFirst("head style").data();
            String hash = Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(style.getBytes("UTF-8")));
            assertTrue(csp.contains("style-src 'self' file: 'sha256-" + hash + "'"), csp);
            assertEquals(1, doc.select("style").size());
            assertTrue(doc.select("[style], script:not([src]):not([type=application/ld+json])").isEmpty(), page);
            assertEquals(List.of("js/theme.js"), doc.select("script[src]").eachAttr("src").stream()
                    .map(src -> src.replaceFirst("^.*?js/", "js/")).toList(), page + ": only the theme's script");
            for (var link : doc.select("a[href^=http]")) {
                assertEquals("noopener noreferrer", link.attr("rel"), page + ": " + link);
            }
        }
    }
}

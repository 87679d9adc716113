package io.github.personalsite.engine.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlCleanerTest {

    private static String render(String markdown) {
        return HtmlCleaner.clean(Markdown.render(markdown).html());
    }

    @Test
    void removesScriptsEventHandlersAndScriptLinks() {
        String html = render("Hi <script>alert(1)</script><img src=\"x.png\" onerror=\"alert(2)\" alt=\"x\">"
                + " <a href=\"javascript:alert(3)\">a</a> <iframe src=\"https://evil.example\"></iframe>"
                + " <span style=\"color:red\" onclick=\"alert(4)\">s</span>");
        assertFalse(html.contains("script") || html.contains("onerror") || html.contains("onclick")
                || html.contains("javascript") || html.contains("iframe") || html.contains("style="), html);
        assertTrue(html.contains("<img src=\"x.png\" alt=\"x\">"), html);
    }

    @Test
    void keepsWhatMarkdownAndPeopleWrite() {
        String html = render("""
                ## A heading

                | a | b |
                |---|---|
                | 1 | 2 |

                ~~old~~ https://example.org and [rel](../cv.html)

                - [x] done
                - [ ] open

                ```java
                int x = 1;
                ```

                <details><summary>More</summary>Hidden</details>
                <figure><img src="images/a.png" alt="A"><figcaption>Caption</figcaption></figure>
                """);
        assertTrue(html.contains("<h2 id=\"a-heading\">A heading</h2>"), html);
        assertTrue(html.contains("<table>") && html.contains("<del>old</del>"), html);
        assertTrue(html.contains("<a href=\"https://example.org\">https://example.org</a>"), html);
        assertTrue(html.contains("<a href=\"../cv.html\">rel</a>"), "relative links stay relative: " + html);
        assertTrue(html.contains("<input type=\"checkbox\" disabled checked>")
                || html.contains("<input type=\"checkbox\" checked disabled>"), html);
        assertTrue(html.contains("<code class=\"language-java\">"), html);
        assertTrue(html.contains("<details><summary>More</summary>") && html.contains("<figcaption>"), html);
    }

    @Test
    void markdownLinksWithScriptUrlsLoseTheirUrlEvenWithoutRawHtml() {
        Markdown.Rendered r = Markdown.render("[a](javascript:alert(1)) ![i](data:text/html,x) [ok](https://x.org/)");
        assertFalse(r.rawHtml());
        assertFalse(r.html().contains("javascript") || r.html().contains("data:"), r.html());
        assertTrue(r.html().contains("<a href=\"https://x.org/\">ok</a>"), "no rel=nofollow on the owner's links: " + r.html());
    }

    @Test
    void countsWordsAndKeepsTheFirstParagraph() {
        Markdown.Rendered r = Markdown.render("# Title\n\nFirst *para* graph `code`.\n\nSecond one here.");
        assertEquals("First para graph code.", r.excerpt());
        assertEquals(9, r.words());
    }

    @Test
    void theExcerptIsTheFirstParagraphWithTextNotAPictureCaption() {
        Markdown.Rendered r = Markdown.render("![Architecture diagram](fig.png)\n\nWe built *a* system ![icon](i.png).\n");
        assertEquals("We built a system icon.", r.excerpt(), "alt text stands for a picture within text");
        assertEquals("Only a picture", Markdown.render("![Only a picture](a.png)\n\n![Another](b.png)\n").excerpt(),
                "a post of pictures alone keeps its first");
        assertEquals("run()", Markdown.render("![x](a.png)\n\n`run()`\n").excerpt());
    }
}

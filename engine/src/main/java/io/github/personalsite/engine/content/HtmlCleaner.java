package io.github.personalsite.engine.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML of a post: keeps the markup Markdown produces and what people write by hand
 * (figures, details, sub/sup, images, tables, ids and classes), drops scripts, event handlers, styles,
 * frames and any link that is not http(s), mailto, tel or relative. An owner can turn it off with
 * {@code meta.site.cleanPostHtml: false}.
 */
public final class HtmlCleaner {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "details", "summary", "del", "s", "mark", "abbr", "kbd", "samp", "var",
                    "input", "hr", "section", "aside", "time")
            .addAttributes(":all", "id", "class", "title", "lang", "dir")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("a", "rel")
            .addAttributes("time", "datetime")
            .addAttributes("img", "loading", "decoding")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlCleaner() {
    }

    public static String clean(String html) {
        return Jsoup.clean(html, "https://relative.invalid/", SAFELIST, OUTPUT);
    }
}

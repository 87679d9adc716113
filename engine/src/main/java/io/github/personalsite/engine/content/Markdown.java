package io.github.personalsite.engine.content;

import io.github.personalsite.engine.profile.SafeUrl;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown of posts: CommonMark with GitHub-flavoured tables, strikethrough, autolinks, task lists and
 * heading anchors; fenced code keeps its {@code language-…} class. Parser and renderer are built once
 * and are thread-safe.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), TaskListItemsExtension.create(),
            HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /**
     * Links and images with a URL {@link SafeUrl} refuses ({@code javascript:} and the like) lose it before
     * rendering. (commonmark's own sanitizeUrls would also add rel="nofollow" to the owner's links.)
     */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /**
     * A rendered body. {@code words} counts words of scripts written with spaces between words,
     * {@code cjkCharacters} the characters of Chinese and Japanese, written without. {@code rawHtml} tells
     * whether the Markdown held HTML of its own: only then can the output hold markup the renderer did not
     * write, and only then does it need cleaning. {@code sitePaths} are the destinations of links and
     * images that name a path inside the site, as written.
     */
    public record Rendered(String html, String excerpt, int words, int cjkCharacters, boolean rawHtml,
                           List<String> sitePaths) {
    }

    private Markdown() {
    }

    public static Rendered render(String markdown) {
        Node document = PARSER.parse(markdown);
        TextStats stats = new TextStats();
        document.accept(stats);
        return new Rendered(RENDERER.render(document), stats.excerpt().strip(),
                stats.words, stats.cjk, stats.rawHtml, List.copyOf(stats.sitePaths));
    }
}

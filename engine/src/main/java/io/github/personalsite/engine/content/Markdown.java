package io.github.personalsite.engine.content;

import io.github.personalsite.engine.profile.SafeUrl;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
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
     * write, and only then does it need cleaning.
     */
    public record Rendered(String html, String excerpt, int words, int cjkCharacters, boolean rawHtml) {
    }

    private Markdown() {
    }

    public static Rendered render(String markdown) {
        Node document = PARSER.parse(markdown);
        TextStats stats = new TextStats();
        document.accept(stats);
        return new Rendered(RENDERER.render(document), stats.excerpt == null ? "" : stats.excerpt.toString().strip(),
                stats.words, stats.cjk, stats.rawHtml);
    }

    /** Counts words and Chinese and Japanese characters of the text, and keeps the first paragraph's text. */
    private static final class TextStats extends AbstractVisitor {
        int words;
        int cjk;
        StringBuilder excerpt;
        boolean rawHtml;
        private boolean inFirstParagraph;

        @Override
        public void visit(org.commonmark.node.Link link) {
            if (!SafeUrl.isSafe(link.getDestination())) {
                link.setDestination("");
            }
            visitChildren(link);
        }

        @Override
        public void visit(org.commonmark.node.Image image) {
            if (!SafeUrl.isSafe(image.getDestination())) {
                image.setDestination("");
            }
            visitChildren(image);
        }

        @Override
        public void visit(org.commonmark.node.HtmlBlock html) {
            rawHtml = true;
        }

        @Override
        public void visit(org.commonmark.node.HtmlInline html) {
            rawHtml = true;
        }

        @Override
        public void visit(Paragraph paragraph) {
            boolean first = excerpt == null;
            if (first) {
                excerpt = new StringBuilder();
                inFirstParagraph = true;
            }
            visitChildren(paragraph);
            if (first) {
                inFirstParagraph = false;
            }
        }

        @Override
        public void visit(Text text) {
            String literal = text.getLiteral();
            boolean inWord = false;
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                if (c >= 0x3000) {
                    if (isCjk(c)) { // a word of its own
                        cjk++;
                        inWord = false;
                        continue;
                    }
                    if (Character.isLowSurrogate(c)) { // the second half of a character counted with the first
                        continue;
                    }
                    if (isPunctuation(c)) { // 、。「」，！: between words, like a space
                        inWord = false;
                        continue;
                    }
                }
                // printable ASCII is never white space: most characters skip the Unicode lookup
                boolean space = (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
                if (!space && !inWord) {
                    words++;
                }
                inWord = !space;
            }
            if (inFirstParagraph) {
                excerpt.append(literal);
            }
        }

        /**
         * Kana (half-width too) and CJK ideographs (with the first half of those beyond the BMP,
         * U+20000–U+2FFFF). Korean is written with spaces between words and counted by word.
         */
        private static boolean isCjk(char c) {
            return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
                    || (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0xD840 && c <= 0xD87F);
        }

        private static boolean isPunctuation(char c) {
            int type = Character.getType(c);
            return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
        }

        @Override
        public void visit(org.commonmark.node.Code code) {
            if (inFirstParagraph) {
                excerpt.append(code.getLiteral());
            }
            words++;
        }

        @Override
        public void visit(org.commonmark.node.SoftLineBreak softLineBreak) {
            if (inFirstParagraph) {
                excerpt.append(' ');
            }
        }
    }
}

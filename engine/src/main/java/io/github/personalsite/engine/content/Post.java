package io.github.personalsite.engine.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A post or news item.
 *
 * @param file        the file as messages name it, e.g. {@code content/posts/2024-05-01-hello.md}
 * @param slug        the address inside {@code posts/}: {@code posts/SLUG.html}
 * @param title       plain text
 * @param date        the publication date
 * @param updated     the last change, or {@code null}
 * @param tags        as written
 * @param summary     inline Markdown, or {@code null} (then the list shows the first paragraph)
 * @param draft       skipped by {@code build}, shown in preview
 * @param image       a link to an illustration, or {@code null}
 * @param externalUrl a news item that links elsewhere, or {@code null}
 * @param html        the body as cleaned HTML
 * @param excerpt     the body's first paragraph as plain text
 * @param words         how many words the body has in scripts written with spaces between words
 * @param cjkCharacters how many Chinese and Japanese characters it has (written without spaces)
 */
public record Post(String file, String slug, String title, LocalDate date, LocalDate updated, List<String> tags,
                   String summary, boolean draft, String image, String externalUrl, String html, String excerpt,
                   int words, int cjkCharacters) {

    public Post {
        tags = List.copyOf(tags);
    }

    /** Where the post's page is, inside the site. */
    public String path() {
        return pathOf(slug);
    }

    /** The page of the post with this slug, in the site. */
    static String pathOf(String slug) {
        return "posts/" + slug + ".html";
    }

    /**
     * Minutes to read, at least 1: 220 words a minute, and 300 characters a minute of Chinese and Japanese
     * (IReST's reading speeds are about 255 for Chinese and 357 for Japanese).
     */
    public int readingMinutes() {
        return Math.max(1, Math.round(words / 220f + cjkCharacters / 300f));
    }
}

package io.github.personalsite.engine.render;

import io.github.personalsite.engine.content.Post;
import io.github.personalsite.engine.profile.Basics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What search engines and link previews read: description, share image, JSON-LD {@code Person}. A post's
 * page is described by the post (its summary or first paragraph, its image when it has one), every other
 * page by the person.
 */
public final class Seo {

    /** The share image: 1200 × 630, what Open Graph and Twitter cards expect. */
    public static final String SHARE_IMAGE = "og-image.png";
    private static final int DESCRIPTION_LENGTH = 160;

    private final SiteModel site;
    private final String description;
    private final String jsonLd;
    private final String homePolicy;
    private final String policy;
    private final Map<String, String> postDescriptions = new ConcurrentHashMap<>();

    /** Works out what every page repeats once, not once a page. */
    public Seo(SiteModel site) {
        this.site = site;
        this.description = computeDescription();
        this.jsonLd = JsonLd.person(site);
        this.homePolicy = site.contentSecurityPolicy(jsonLd);
        this.policy = site.contentSecurityPolicy();
    }

    /** The Content-Security-Policy of a page: the home page's also allows its JSON-LD. */
    public String contentSecurityPolicy(String pageId) {
        return pageId.equals("home") ? homePolicy : policy;
    }

    /** One or two sentences about the person for the description meta tag and link previews, without Markdown. */
    public String description() {
        return description;
    }

    /**
     * The description of this page: for a post, its summary without Markdown, or else its first paragraph,
     * cut at a word before 160 characters; for any other page (or a post with neither), {@link #description()}.
     */
    public String description(SiteModel.Page page) {
        Post post = post(page);
        if (post == null) {
            return description;
        }
        return postDescriptions.computeIfAbsent(post.path(), path -> {
            String text = post.summary() != null ? plain(post.summary())
                    : post.excerpt() == null ? "" : post.excerpt().strip();
            return text.isEmpty() ? description : shorten(text);
        });
    }

    /**
     * The public URL of this page's share image: a post's own {@code image} (a site path made absolute), or
     * else {@link #shareImage()}; {@code null} when the site URL is not known and the image is not a URL.
     */
    public String shareImage(SiteModel.Page page) {
        Post post = post(page);
        if (post == null || post.image() == null) {
            return shareImage();
        }
        return JsonLd.publicUrl(site, post.image());
    }

    /** Whether this page shows the site's generated share image (whose size and text are known). */
    public boolean sharesSiteImage(SiteModel.Page page) {
        Post post = post(page);
        return post == null || post.image() == null;
    }

    private static Post post(SiteModel.Page page) {
        return page.vars().get("post") instanceof Post post && page.id().equals("post") ? post : null;
    }

    private String computeDescription() {
        Basics b = site.profile().basics();
        return shorten(b.summary() != null ? plain(b.summary())
                : b.label() != null ? b.name() + " – " + b.label() : b.name());
    }

    /**
     * The text as search results show it, about 160 characters wide: a Chinese, Japanese or Korean
     * character (and a full-width form) takes the room of two. A longer text is cut at the last space that
     * fits, or right there after such a character or where there is no space, and gets "…".
     */
    private static String shorten(String text) {
        int width = 0;
        int end = -1;
        for (int i = 0; i < text.length(); i++) {
            width += wide(text.charAt(i)) ? 2 : 1;
            if (end < 0 && width > DESCRIPTION_LENGTH - 1) {
                end = i; // text[0, end) leaves room for the "…"
            }
        }
        if (width <= DESCRIPTION_LENGTH) {
            return text;
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int cut = end > 0 && wide(text.charAt(end - 1)) ? end : text.lastIndexOf(' ', end);
        return text.substring(0, cut > 0 ? cut : end) + "…";
    }

    private static boolean wide(char c) {
        return c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6));
    }

    /** The site's language as Open Graph writes a locale: {@code en-GB} → {@code en_GB}. */
    public String openGraphLocale() {
        return site.language().replace('-', '_');
    }

    /** The share image's public URL, or {@code null} without a site URL (previews need absolute URLs). */
    public String shareImage() {
        return absolute(SHARE_IMAGE);
    }

    /** A site path as a public URL, or {@code null} when the site URL is not known. */
    public String absolute(String path) {
        return site.baseUrl() == null ? null : site.baseUrl() + path;
    }

    /**
     * A schema.org {@code Person} as JSON, safe inside {@code <script type="application/ld+json">}:
     * {@code <}, {@code >} and {@code &} are written as JSON escapes, so no text can close the element.
     */
    public String jsonLd() {
        return jsonLd;
    }

    /** Inline Markdown without its marks: "*performance*" → "performance", "[text](url)" → "text". */
    static String plain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        return UNDERSCORE.matcher(MARKS.matcher(text).replaceAll("")).replaceAll("").replace("\\", "").strip();
    }

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("(\\*\\*|__|\\*|`)");
    private static final java.util.regex.Pattern UNDERSCORE =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])");
}

package io.github.personalsite.engine.render;

import io.github.personalsite.engine.content.Post;
import io.github.personalsite.engine.profile.NavItem;
import io.github.personalsite.engine.profile.Profile;
import io.github.personalsite.engine.profile.SafeUrl;
import io.github.personalsite.engine.profile.SiteSettings;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site as templates see it: the profile, its settings with defaults filled in, the posts, and the
 * pages to write. Page links are relative ("cv.html", "../cv.html"), so the site works at a domain root,
 * under a sub-path and from disk; only the 404 page, which a host serves at any missing path, links from
 * the site's base path.
 */
public record SiteModel(Profile profile, String title, String language, String accentColor, String baseUrl,
                        String basePath, List<NavItem> navigation, List<Post> posts, List<Page> pages) {

    /** The default accent colour: a blue with 4.5:1 contrast on white. */
    public static final String DEFAULT_ACCENT = "#1d5fa7";
    /** How many items "News" on the home page shows. */
    public static final int NEWS_ITEMS = 5;

    /**
     * A page to write: its template, where it goes, how it is titled, and what else its template reads
     * (a post, a slice of the list, a tag).
     */
    public record Page(String id, String template, String path, String title, Map<String, Object> vars) {
        public Page(String id, String template, String path, String title) {
            this(id, template, path, title, Map.of());
        }
    }

    /**
     * @param siteUrl where the site is published, when {@code meta.site.url} does not say; may be {@code null}
     * @param posts   the posts, newest first
     */
    public static SiteModel of(Profile profile, String siteUrl, List<Post> posts) {
        SiteSettings site = profile.meta().site();
        String name = profile.basics().name();
        String title = blankToNull(site.title()) != null ? site.title() : name;
        String url = blankToNull(site.url()) != null ? site.url() : siteUrl;
        String baseUrl = url == null ? null : withSlash(url.strip());
        List<NavItem> navigation = !site.navigation().isEmpty() ? site.navigation() : posts.isEmpty()
                ? List.of(new NavItem("Home", "index.html"), new NavItem("CV", "cv.html"))
                : List.of(new NavItem("Home", "index.html"), new NavItem("CV", "cv.html"),
                        new NavItem("Posts", "posts/index.html"));
        List<Page> pages = PostPages.of(title, name, posts, site.postsPerPage() == null ? 10 : site.postsPerPage());
        return new SiteModel(profile, title,
                blankToNull(site.language()) == null ? "en" : site.language(),
                blankToNull(site.accentColor()) == null ? DEFAULT_ACCENT : site.accentColor(),
                baseUrl, basePath(baseUrl), navigation, posts, pages);
    }

    /** The newest items, for "News" on the home page. */
    public List<Post> news() {
        return posts.subList(0, Math.min(NEWS_ITEMS, posts.size()));
    }

    /** The one inline style of the theme: the accent colour (checked to be a colour, so nothing else). */
    public String accentCss() {
        return ":root{--accent:" + accentColor + "}";
    }

    /**
     * The Content-Security-Policy of every page: only the site's own files, no inline script at all,
     * and inline style only for {@link #accentCss()}, by its hash. Images may also come from https
     * hosts, for a profile photo kept elsewhere.
     */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy(null);
    }

    /** The policy, also allowing one inline data script of the theme (the home page's JSON-LD) by its text. */
    public String contentSecurityPolicy(String inlineScript) {
        String scripts = inlineScript == null ? "" : " '" + Hashes.sha256(inlineScript) + "'";
        // file: lets browsers that give file:// pages an opaque origin (Firefox) load the site's own files
        // when it is opened from disk; a page served over http(s) can never load file: URLs anyway.
        return "default-src 'none'; script-src 'self' file:" + scripts + "; style-src 'self' file: '"
                + Hashes.sha256(accentCss())
                + "'; img-src 'self' file: https:; font-src 'self' file:; connect-src 'self'; manifest-src 'self';"
                + " base-uri 'none'; form-action 'none'; object-src 'none'";
    }

    /** The locale of {@code language}; asked once a page, so parsed once a language. */
    public Locale locale() {
        return LOCALES.computeIfAbsent(language, Locale::forLanguageTag);
    }

    private static final Map<String, Locale> LOCALES = new java.util.concurrent.ConcurrentHashMap<>();

    /** What a page's links start with to reach the site's root: "" for top-level pages. */
    public String root(Page page) {
        if (page.id().equals("not-found")) {
            return basePath;
        }
        return "../".repeat((int) page.path().chars().filter(c -> c == '/').count());
    }

    /** The page's public URL, for the canonical link, or {@code null} when the site URL is not set. */
    public String canonical(Page page) {
        if (baseUrl == null) {
            return null;
        }
        return page.path().equals("index.html") ? baseUrl : baseUrl + page.path();
    }

    /** A link target as seen from a page: site paths relative to it, URLs unchanged. */
    public String href(Page page, String target) {
        if (SafeUrl.isExternal(target) || target.startsWith("mailto:") || target.startsWith("tel:")
                || target.startsWith("#")) {
            return target;
        }
        return root(page) + (target.startsWith("/") ? target.substring(1) : target);
    }

    private static String basePath(String baseUrl) {
        if (baseUrl == null) {
            return "/";
        }
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

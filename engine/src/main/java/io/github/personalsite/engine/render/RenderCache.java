package io.github.personalsite.engine.render;

import io.github.personalsite.engine.content.Post;
import io.github.personalsite.engine.profile.NavItem;
import io.github.personalsite.engine.profile.Profile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages rendered by the previous builds of one template set, reused when nothing they show changed.
 * A page's bytes depend on the site (profile, settings, and the posts as lists show them: titles, dates,
 * summaries, tags) and on the page's own variables (its post with its body; its neighbours, its slice of
 * the list and its tag, whose posts it shows as lists do). When the site changes every page is rendered
 * again; otherwise only pages whose variables changed are: a post's new body renders its own page, not
 * the tag pages that list it. A template that prints the body of a post other than the page's own is not
 * followed by this cache (the default theme does not).
 */
final class RenderCache {

    /** What every page may show of the site. */
    record SiteKey(Profile profile, String title, String language, String accentColor, String baseUrl,
                   List<NavItem> navigation, List<PostKey> posts) {

        static SiteKey of(SiteModel site) {
            return new SiteKey(site.profile(), site.title(), site.language(), site.accentColor(), site.baseUrl(),
                    site.navigation(), site.posts().stream().map(PostKey::of).toList());
        }
    }

    /** A post as lists show it (its reading time, not its exact word count). */
    record PostKey(String slug, String title, LocalDate date, LocalDate updated, List<String> tags, String summary,
                   boolean draft, String image, String externalUrl, String excerpt, int readingMinutes) {

        static PostKey of(Post p) {
            return new PostKey(p.slug(), p.title(), p.date(), p.updated(), p.tags(), p.summary(), p.draft(), p.image(),
                    p.externalUrl(), p.excerpt(), p.readingMinutes());
        }
    }

    /** A tag as its page shows it. */
    record TagKey(String name, String slug, List<PostKey> posts) {
    }

    private record Entry(String title, Map<String, Object> shown, byte[] bytes) {
    }

    /** The keys of this build's posts, made once by {@link #start} and shared by every page. */
    private volatile Map<Post, PostKey> keys = new java.util.IdentityHashMap<>();

    /** What a page shows of its variables: its own post in full, every other post as lists show it. */
    Map<String, Object> shown(Map<String, Object> vars) {
        Map<String, Object> shown = new java.util.HashMap<>();
        vars.forEach((name, value) -> shown.put(name, name.equals("post") ? value : listed(value)));
        return shown;
    }

    private Object listed(Object value) {
        if (value instanceof Post post) {
            return key(post);
        }
        if (value instanceof PostPages.Tag tag) {
            return new TagKey(tag.name(), tag.slug(), tag.posts().stream().map(this::key).toList());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::listed).toList();
        }
        return value;
    }

    private PostKey key(Post post) {
        PostKey key = keys.get(post);
        return key != null ? key : PostKey.of(post);
    }

    private SiteKey site;
    private final Map<String, Entry> pages = new ConcurrentHashMap<>();

    /** Starts a build: forgets every page when the site changed, or when this build keeps nothing. */
    synchronized void start(SiteModel model, boolean keep) {
        if (!keep) {
            pages.clear();
            site = null;
            keys = new java.util.IdentityHashMap<>();
            return;
        }
        SiteKey key = SiteKey.of(model);
        Map<Post, PostKey> byPost = new java.util.IdentityHashMap<>();
        for (int i = 0; i < model.posts().size(); i++) {
            byPost.put(model.posts().get(i), key.posts().get(i));
        }
        keys = byPost;
        if (!key.equals(site)) {
            pages.clear();
            site = key;
        }
    }

    /** The page's bytes from an earlier build, or {@code null}. */
    byte[] get(SiteModel.Page page) {
        Entry entry = pages.get(page.path());
        return entry != null && entry.title().equals(page.title()) && entry.shown().equals(shown(page.vars()))
                ? entry.bytes() : null;
    }

    int size() {
        return pages.size();
    }

    void put(SiteModel.Page page, byte[] bytes) {
        pages.put(page.path(), new Entry(page.title(), shown(page.vars()), bytes));
    }
}

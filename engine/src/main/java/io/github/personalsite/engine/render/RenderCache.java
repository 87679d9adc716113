package io.github.personalsite.engine.render;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.content.Post;
import io.github.personalsite.engine.profile.NavItem;
import io.github.personalsite.engine.profile.Profile;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages rendered by the previous builds of one template set, reused when nothing they show changed.
 * A page's bytes depend on the site (profile, settings, and the posts as lists show them: titles, dates,
 * summaries, tags) and on the page's own variables (its post with its body; its neighbours, its slice of
 * the list and its tag, whose posts it shows as lists do). When the site changes every page is rendered
 * again; otherwise only pages whose variables changed are: a post's new body renders its own page, not
 * the tag pages that list it. A template may also print the body of another post ({@code newer.html},
 * {@code site.posts[0].html}): the accessors that templates read records through report every such read
 * ({@link #read}), and the page renders again when one of those bodies changes.
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

    /** @param bodies the posts other than its own whose body ({@code html}, {@code words}) the page read */
    private record Entry(String title, Map<String, Object> shown, List<Post> bodies, byte[] bytes) {
    }

    /** The posts whose body the page that this thread renders read, while a kept page renders. */
    private static final ThreadLocal<Set<Post>> BODIES_READ = new ThreadLocal<>();

    /**
     * Called by the accessors for every component or no-argument method a template reads: when it is a
     * post's body ({@code html}, {@code words}, not what lists show), the page being rendered on this
     * thread notes that post.
     */
    static void read(Object target, String component) {
        if (target instanceof Post post && (component.equals("html") || component.equals("words"))) {
            Set<Post> read = BODIES_READ.get();
            if (read != null) {
                read.add(post);
            }
        }
    }

    /** A page's rendering, which may fail. */
    @FunctionalInterface
    interface Rendering {
        byte[] render() throws BuildException;
    }

    /** Renders a page, noting whose bodies it reads, and keeps its bytes for the next build. */
    byte[] renderAndKeep(SiteModel.Page page, Rendering rendering) throws BuildException {
        Set<Post> read = Collections.newSetFromMap(new IdentityHashMap<>());
        BODIES_READ.set(read);
        byte[] bytes;
        try {
            bytes = rendering.render();
        } finally {
            BODIES_READ.remove();
        }
        read.remove(page.vars().get("post")); // its own post counts in full already
        put(page, bytes, List.copyOf(read));
        return bytes;
    }

    /** The keys of this build's posts, made once by {@link #start} and shared by every page. */
    private volatile Map<Post, PostKey> keys = new IdentityHashMap<>();

    /** This build's posts by slug, to compare the bodies a page read with the bodies it would read now. */
    private volatile Map<String, Post> bySlug = Map.of();

    /** What a page shows of its variables: its own post in full, every other post as lists show it. */
    Map<String, Object> shown(Map<String, Object> vars) {
        Map<String, Object> shown = new HashMap<>();
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
            keys = new IdentityHashMap<>();
            bySlug = Map.of();
            return;
        }
        SiteKey key = SiteKey.of(model);
        Map<Post, PostKey> byPost = new IdentityHashMap<>();
        Map<String, Post> slugs = new HashMap<>();
        for (int i = 0; i < model.posts().size(); i++) {
            byPost.put(model.posts().get(i), key.posts().get(i));
            slugs.put(model.posts().get(i).slug(), model.posts().get(i));
        }
        keys = byPost;
        bySlug = slugs;
        if (!key.equals(site)) {
            pages.clear();
            site = key;
        }
    }

    /** The page's bytes from an earlier build, or {@code null}. */
    byte[] get(SiteModel.Page page) {
        Entry entry = pages.get(page.path());
        return entry != null && entry.title().equals(page.title()) && entry.shown().equals(shown(page.vars()))
                && sameBodies(entry.bodies()) ? entry.bytes() : null;
    }

    private boolean sameBodies(List<Post> read) {
        for (Post then : read) {
            Post now = bySlug.get(then.slug());
            if (now == null || !Objects.equals(now.html(), then.html())) { // the word count follows the body
                return false;
            }
        }
        return true;
    }

    int size() {
        return pages.size();
    }

    /** Keeps a page that read no other post's body (tests; pages come through {@link #renderAndKeep}). */
    void put(SiteModel.Page page, byte[] bytes) {
        put(page, bytes, List.of());
    }

    private void put(SiteModel.Page page, byte[] bytes, List<Post> bodies) {
        pages.put(page.path(), new Entry(page.title(), shown(page.vars()), bodies, bytes));
    }
}

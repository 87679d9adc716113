package io.github.personalsite.engine.render;

import io.github.personalsite.engine.content.Post;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages of a site: home, CV and 404, then one page per post (with its neighbours), the post list in
 * pages of {@code perPage} ({@code posts/index.html}, {@code posts/page/2.html}, …) and one page per tag
 * ({@code tags/SLUG.html}).
 */
final class PostPages {

    /** A tag with its address and its posts, newest first. */
    public record Tag(String name, String slug, List<Post> posts) {
        public String path() {
            return "tags/" + slug + ".html";
        }
    }

    private PostPages() {
    }

    static List<SiteModel.Page> of(String title, String name, List<Post> posts, int perPage) {
        List<SiteModel.Page> pages = new ArrayList<>(List.of(
                new SiteModel.Page("home", "index", "index.html", title),
                new SiteModel.Page("cv", "cv", "cv.html", "CV – " + name),
                new SiteModel.Page("not-found", "404", "404.html", "Page not found – " + title)));
        if (posts.isEmpty()) {
            return pages;
        }
        for (int i = 0; i < posts.size(); i++) {
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("post", posts.get(i));
            vars.put("newer", i > 0 ? posts.get(i - 1) : null);
            vars.put("older", i + 1 < posts.size() ? posts.get(i + 1) : null);
            pages.add(new SiteModel.Page("post", "post", posts.get(i).path(), posts.get(i).title() + " – " + title, vars));
        }
        int count = (posts.size() + perPage - 1) / perPage;
        for (int n = 1; n <= count; n++) {
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("items", posts.subList((n - 1) * perPage, Math.min(n * perPage, posts.size())));
            vars.put("pageNumber", n);
            vars.put("pageCount", count);
            vars.put("newerPage", n == 1 ? null : listPath(n - 1));
            vars.put("olderPage", n == count ? null : listPath(n + 1));
            pages.add(new SiteModel.Page(n == 1 ? "posts" : "posts-page", "posts", listPath(n),
                    (n == 1 ? "Posts" : "Posts, page " + n) + " – " + title, vars));
        }
        for (Tag tag : tags(posts)) {
            pages.add(new SiteModel.Page("tag", "tag", tag.path(), "Posts tagged " + tag.name() + " – " + title,
                    Map.of("tag", tag)));
        }
        return pages;
    }

    static String listPath(int n) {
        return n == 1 ? "posts/index.html" : "posts/page/" + n + ".html";
    }

    /** Every tag, by address; tags differing only in case or punctuation share a page. */
    static List<Tag> tags(List<Post> posts) {
        Map<String, List<Post>> bySlug = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Post post : posts) {
            for (String tag : post.tags()) {
                String slug = TagSlugs.slug(tag);
                names.putIfAbsent(slug, tag);
                List<Post> tagged = bySlug.computeIfAbsent(slug, s -> new ArrayList<>());
                // Posts come one after another: a post with two tags of one address is already the last one.
                if (tagged.isEmpty() || tagged.get(tagged.size() - 1) != post) {
                    tagged.add(post);
                }
            }
        }
        List<Tag> tags = new ArrayList<>();
        bySlug.forEach((slug, tagged) -> tags.add(new Tag(names.get(slug), slug, tagged)));
        return tags;
    }
}

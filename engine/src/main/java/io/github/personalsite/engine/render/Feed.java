package io.github.personalsite.engine.render;

import io.github.personalsite.engine.content.Post;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Atom 1.0 feed ({@code feed.xml}) of the newest posts, with their full content. Entry ids are the
 * posts' public URLs when the site URL is known, else stable {@code urn:} names. A post's content carries
 * its page's address as {@code xml:base} (absolute when the site URL is known, else relative to the feed,
 * which sits at the site's root): links in a post are written relative to its page, and a feed reader
 * would otherwise resolve {@code ../images/fig.png} or {@code #results} against the feed.
 */
final class Feed {

    static final int ENTRIES = 20;
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Feed() {
    }

    static String atom(SiteModel site) {
        List<Post> posts = site.posts().subList(0, Math.min(ENTRIES, site.posts().size()));
        String base = site.baseUrl();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(esc(site.language())).append("\">\n")
                .append("  <title>").append(esc(site.title())).append("</title>\n")
                .append("  <id>").append(base != null ? esc(base) : "urn:personal-site:" + esc(TagSlugs.slug(site.title())))
                .append("</id>\n")
                .append("  <updated>").append(timestamp(newest(posts))).append("</updated>\n")
                .append("  <author><name>").append(esc(site.profile().basics().name())).append("</name></author>\n");
        if (base != null) {
            xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(base)).append("feed.xml\"/>\n")
                    .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(base)).append("\"/>\n");
        }
        for (Post post : posts) {
            String page = base == null ? null : base + post.path();
            String url = post.externalUrl() != null ? post.externalUrl() : page;
            xml.append("  <entry>\n")
                    .append("    <title>").append(esc(post.title())).append("</title>\n")
                    .append("    <id>").append(page != null ? esc(page) : "urn:personal-site:post:" + post.slug())
                    .append("</id>\n");
            if (url != null) {
                xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(url)).append("\"/>\n");
            }
            xml.append("    <published>").append(timestamp(post.date())).append("</published>\n")
                    .append("    <updated>").append(timestamp(post.updated() != null ? post.updated() : post.date()))
                    .append("</updated>\n");
            for (String tag : post.tags()) {
                xml.append("    <category term=\"").append(esc(tag)).append("\"/>\n");
            }
            if (post.summary() != null) {
                xml.append("    <summary>").append(esc(Seo.plain(post.summary()))).append("</summary>\n");
            }
            xml.append("    <content type=\"html\" xml:base=\"").append(esc(page != null ? page : post.path()))
                    .append("\">").append(esc(post.html())).append("</content>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static LocalDate newest(List<Post> posts) {
        return posts.stream().map(p -> p.updated() != null && p.updated().isAfter(p.date()) ? p.updated() : p.date())
                .max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
    }

    private static String timestamp(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC).format(RFC_3339);
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

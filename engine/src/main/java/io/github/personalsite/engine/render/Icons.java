package io.github.personalsite.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The theme's inline SVG icons, by name ({@code email}, {@code website}, {@code github}, …). Templates
 * call {@code icons.svg('email')} or {@code icons.network(p.network)}; the markup is the theme's own,
 * never profile text, so it may be written unescaped.
 */
public final class Icons {

    private static final String FOLDER = "/io/github/personalsite/engine/theme/icons/";
    private static final String[] NAMES = {"arxiv", "bluesky", "dblp", "email", "github", "gitlab", "googlescholar",
        "linkedin", "location", "mastodon", "orcid", "phone", "rss", "semanticscholar", "vcard", "website", "x"};
    private static final Map<String, String> ALIASES = Map.of("twitter", "x", "scholar", "googlescholar",
            "googlescholarprofile", "googlescholar", "mail", "email", "homepage", "website", "web", "website",
            "blog", "website", "bsky", "bluesky", "semantic", "semanticscholar");
    private static final Map<String, String> SVG = load();

    /** The icon of this name, or the website icon. */
    public String svg(String name) {
        return SVG.getOrDefault(name, SVG.get("website"));
    }

    /** The icon of a profile network as people write it: "GitHub", "Google Scholar", "Twitter", … */
    public String network(String network) {
        String key = network == null ? "" : network.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return svg(ALIASES.getOrDefault(key, key));
    }

    private static Map<String, String> load() {
        Map<String, String> icons = new TreeMap<>();
        for (String name : NAMES) {
            try (InputStream in = Icons.class.getResourceAsStream(FOLDER + name + ".svg")) {
                icons.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
            } catch (IOException | NullPointerException e) {
                throw new UncheckedIOException(new IOException("the theme lacks the icon " + name, e));
            }
        }
        return icons;
    }
}

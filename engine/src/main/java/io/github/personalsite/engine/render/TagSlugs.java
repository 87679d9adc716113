package io.github.personalsite.engine.render;

import java.text.Normalizer;
import java.util.Locale;

/** Tag addresses: "GPU Systems" → "gpu-systems"; a tag of other scripts keeps its letters. */
public final class TagSlugs {

    TagSlugs() {
    }

    private static final java.util.Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern OTHER = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile("(^-+|-+$)");

    public static String slug(String tag) {
        return CACHE.computeIfAbsent(tag, TagSlugs::compute);
    }

    private static String compute(String tag) {
        String ascii = EDGES.matcher(OTHER.matcher(MARKS.matcher(Normalizer.normalize(tag, Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return ascii.isEmpty() ? "tag" : ascii;
    }

    /** The page of a tag, from the site root. */
    public String path(String tag) {
        return "tags/" + slug(tag) + ".html";
    }
}

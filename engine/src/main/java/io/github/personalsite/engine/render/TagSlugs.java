package io.github.personalsite.engine.render;

import java.text.Normalizer;
import java.util.Locale;

/** Tag addresses: "GPU Systems" → "gpu-systems"; a tag of other scripts keeps its letters. */
public final class TagSlugs {

    TagSlugs() {
    }

    public static String slug(String tag) {
        String ascii = Normalizer.normalize(tag, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return ascii.isEmpty() ? "tag" : ascii;
    }

    /** The page of a tag, from the site root. */
    public String path(String tag) {
        return "tags/" + slug(tag) + ".html";
    }
}

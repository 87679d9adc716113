package io.github.personalsite.engine.profile;

import java.util.List;

/**
 * Who the site is about. {@code researchInterests} is an extension: a paragraph of inline Markdown
 * shown on the home page and the CV.
 */
public record Basics(
        String name,
        String label,
        String image,
        String email,
        String phone,
        String url,
        String summary,
        Location location,
        List<SocialProfile> profiles,
        String researchInterests) {

    static final Basics EMPTY = new Basics(null, null, null, null, null, null, null, null, null, null);

    public Basics {
        profiles = Lists.of(profiles);
    }
}

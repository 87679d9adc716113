package io.github.personalsite.engine.profile;

import java.util.List;

/**
 * Extension {@code meta.site}: the site's title, its public URL (for canonical links; may include a
 * sub-path), its language (BCP 47), the accent colour ({@code #rgb} or {@code #rrggbb}) and the
 * navigation. All optional.
 */
public record SiteSettings(String title, String url, String language, String accentColor, List<NavItem> navigation) {

    static final SiteSettings EMPTY = new SiteSettings(null, null, null, null, null);

    public SiteSettings {
        navigation = Lists.of(navigation);
    }
}

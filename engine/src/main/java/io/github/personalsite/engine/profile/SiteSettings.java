package io.github.personalsite.engine.profile;

import java.util.List;

/**
 * Extension {@code meta.site}: the site's title, its public URL (for canonical links; may include a
 * sub-path), its language (BCP 47), the accent colour ({@code #rgb} or {@code #rrggbb}) and the
 * navigation; for posts, how many a list page shows ({@code postsPerPage}, default 10) and whether their
 * raw HTML is cleaned of scripts and event handlers ({@code cleanPostHtml}, default true). All optional.
 */
public record SiteSettings(String title, String url, String language, String accentColor, List<NavItem> navigation,
                           Integer postsPerPage, Boolean cleanPostHtml) {

    static final SiteSettings EMPTY = new SiteSettings(null, null, null, null, null, null, null);

    public SiteSettings {
        navigation = Lists.of(navigation);
    }
}

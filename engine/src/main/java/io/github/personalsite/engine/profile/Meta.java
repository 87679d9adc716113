package io.github.personalsite.engine.profile;

/**
 * JSON Resume's {@code meta} section, "where tooling configuration lives". Extension: {@code site},
 * the settings of the generated site.
 */
public record Meta(String canonical, String version, String lastModified, SiteSettings site) {

    static final Meta EMPTY = new Meta(null, null, null, null);

    public Meta {
        site = site == null ? SiteSettings.EMPTY : site;
    }
}

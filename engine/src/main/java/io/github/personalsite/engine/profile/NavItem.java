package io.github.personalsite.engine.profile;

/** One navigation entry: a label and a link (a page of the site such as {@code cv.html}, or a URL). */
public record NavItem(String label, String href) {
}

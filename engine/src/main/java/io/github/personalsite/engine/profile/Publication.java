package io.github.personalsite.engine.profile;

/** A publication. */
public record Publication(String name, String publisher, String releaseDate, String url, String summary) {
}

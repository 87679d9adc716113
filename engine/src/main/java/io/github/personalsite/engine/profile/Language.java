package io.github.personalsite.engine.profile;

/** A spoken language. */
public record Language(String language, String fluency) {
}

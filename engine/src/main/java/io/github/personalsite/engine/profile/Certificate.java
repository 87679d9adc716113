package io.github.personalsite.engine.profile;

/** A certificate. */
public record Certificate(String name, String date, String issuer, String url) {
}

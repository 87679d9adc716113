package io.github.personalsite.engine.profile;

/** A reference: who, and what they said. */
public record Reference(String name, String reference) {
}

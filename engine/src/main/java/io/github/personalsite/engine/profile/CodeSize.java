package io.github.personalsite.engine.profile;

/** Extension: the size of a project's code, e.g. 15000 lines of Rust in version "v2". */
public record CodeSize(Long linesOfCode, String language, String version) {
}

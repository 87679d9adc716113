package io.github.personalsite.engine.profile;

/** An award. Extension: {@code rank}, how selective it is (e.g. "top 0.2%"). */
public record Award(String title, String date, String awarder, String rank, String summary) {
}

package io.github.personalsite.engine.profile;

/** An account elsewhere: GitHub, Google Scholar, ORCID, LinkedIn, … */
public record SocialProfile(String network, String username, String url) {
}

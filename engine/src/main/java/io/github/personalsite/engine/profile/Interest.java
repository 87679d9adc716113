package io.github.personalsite.engine.profile;

import java.util.List;

/** An interest with keywords. */
public record Interest(String name, List<String> keywords) {
    public Interest {
        keywords = Lists.of(keywords);
    }
}

package io.github.personalsite.engine.profile;

import java.util.List;

/** A skill with its level and keywords. */
public record Skill(String name, String level, List<String> keywords) {
    public Skill {
        keywords = Lists.of(keywords);
    }
}

package io.github.personalsite.engine.profile;

import java.util.List;

/** A project. Extension: {@code codeSize}, how big the code is, per language or version. */
public record Project(
        String name,
        String description,
        List<String> highlights,
        List<String> keywords,
        String startDate,
        String endDate,
        String url,
        List<String> roles,
        String entity,
        String type,
        List<CodeSize> codeSize) {

    public Project {
        highlights = Lists.of(highlights);
        keywords = Lists.of(keywords);
        roles = Lists.of(roles);
        codeSize = Lists.of(codeSize);
    }
}

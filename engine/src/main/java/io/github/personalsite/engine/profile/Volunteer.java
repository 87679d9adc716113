package io.github.personalsite.engine.profile;

import java.util.List;

/** Volunteer work. */
public record Volunteer(
        String organization,
        String position,
        String url,
        String startDate,
        String endDate,
        String summary,
        List<String> highlights) {

    public Volunteer {
        highlights = Lists.of(highlights);
    }
}

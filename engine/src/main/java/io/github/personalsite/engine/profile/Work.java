package io.github.personalsite.engine.profile;

import java.util.List;

/**
 * A position. Extensions: {@code group} (the lab, group or department inside the organisation
 * {@code name}) and {@code advisors} (who supervised the work).
 */
public record Work(
        String name,
        String group,
        String location,
        String description,
        String position,
        List<String> advisors,
        String url,
        String startDate,
        String endDate,
        String summary,
        List<String> highlights) {

    public Work {
        advisors = Lists.of(advisors);
        highlights = Lists.of(highlights);
    }
}

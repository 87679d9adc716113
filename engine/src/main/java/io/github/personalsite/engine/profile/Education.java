package io.github.personalsite.engine.profile;

import java.util.List;

/**
 * A degree. {@code score} is JSON Resume's field for the GPA. Extensions: {@code location} (city,
 * country), {@code program} (a named class or track, e.g. "Elite Class") and {@code ranking}
 * (e.g. "3/20").
 */
public record Education(
        String institution,
        String url,
        String location,
        String area,
        String studyType,
        String program,
        String startDate,
        String endDate,
        String score,
        String ranking,
        List<String> courses) {

    public Education {
        courses = Lists.of(courses);
    }
}

package io.github.personalsite.engine.profile;

import java.util.List;

/** A whole profile: the sections of JSON Resume 1.x, in the format's own order. */
public record Profile(
        Basics basics,
        List<Work> work,
        List<Volunteer> volunteer,
        List<Education> education,
        List<Award> awards,
        List<Certificate> certificates,
        List<Publication> publications,
        List<Skill> skills,
        List<Language> languages,
        List<Interest> interests,
        List<Reference> references,
        List<Project> projects,
        Meta meta) {

    public Profile {
        basics = basics == null ? Basics.EMPTY : basics;
        work = Lists.of(work);
        volunteer = Lists.of(volunteer);
        education = Lists.of(education);
        awards = Lists.of(awards);
        certificates = Lists.of(certificates);
        publications = Lists.of(publications);
        skills = Lists.of(skills);
        languages = Lists.of(languages);
        interests = Lists.of(interests);
        references = Lists.of(references);
        projects = Lists.of(projects);
        meta = meta == null ? Meta.EMPTY : meta;
    }
}

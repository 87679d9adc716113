package io.github.personalsite.maven;

import io.github.personalsite.engine.BuildRequest;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal reads of a site project: the profile, the posts, the template overrides, the static files. */
abstract class ProjectMojo extends AbstractMojo {

    /** The profile: a JSON Resume document with the site's extensions. */
    @Parameter(property = "personal-site.profile", defaultValue = "${project.basedir}/profile.json")
    File profile;

    /** Posts and news: Markdown files with YAML front matter; may be absent. */
    @Parameter(property = "personal-site.posts", defaultValue = "${project.basedir}/content/posts")
    File posts;

    /** Templates that replace the default theme's ones of the same name; may be absent. */
    @Parameter(property = "personal-site.templates", defaultValue = "${project.basedir}/templates")
    File templates;

    /** Files copied into the site as they are (images, CNAME, …); may be absent. */
    @Parameter(property = "personal-site.static", defaultValue = "${project.basedir}/static")
    File staticFiles;

    /** The project folder, to name files relative to it in messages. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** The engine's request for this project. */
    BuildRequest request(Path output, String siteUrl, boolean drafts) {
        return new BuildRequest(profile.toPath(), label(profile.toPath()), templates.toPath(), staticFiles.toPath(),
                output, siteUrl, posts == null ? null : posts.toPath(), drafts);
    }

    private String label(Path file) {
        Path base = basedir == null ? null : basedir.toPath().toAbsolutePath();
        Path abs = file.toAbsolutePath();
        return base != null && abs.startsWith(base) ? base.relativize(abs).toString() : file.toString();
    }
}

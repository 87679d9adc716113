package io.github.personalsite.engine;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param profile      the profile file
 * @param profileLabel how messages name it (e.g. {@code profile.json}, relative to the project)
 * @param templatesDir the project's template overrides; may be absent
 * @param staticDir    files copied into the site as they are; may be absent
 * @param outputDir    where the site goes; replaced as a whole when the build succeeds
 * @param siteUrl      where the site is published, used when the profile sets no {@code meta.site.url}
 *                     (a deploy workflow knows it from the host's settings); may be {@code null}
 * @param postsDir     {@code content/posts}: Markdown posts; may be absent
 * @param drafts       whether draft posts are built (preview) or skipped (build)
 */
public record BuildRequest(Path profile, String profileLabel, Path templatesDir, Path staticDir, Path outputDir,
                           String siteUrl, Path postsDir, boolean drafts) {

    public BuildRequest(Path profile, String profileLabel, Path templatesDir, Path staticDir, Path outputDir) {
        this(profile, profileLabel, templatesDir, staticDir, outputDir, null, null, false);
    }

    public BuildRequest(Path profile, String profileLabel, Path templatesDir, Path staticDir, Path outputDir,
                        String siteUrl) {
        this(profile, profileLabel, templatesDir, staticDir, outputDir, siteUrl, null, false);
    }

    /** The same request with posts from this folder. */
    public BuildRequest withPosts(Path posts, boolean includeDrafts) {
        return new BuildRequest(profile, profileLabel, templatesDir, staticDir, outputDir, siteUrl, posts, includeDrafts);
    }

    /**
     * The layout of a generated project: {@code profile.json}, {@code content/posts/}, {@code templates/},
     * {@code static/}, {@code target/public}.
     */
    public static BuildRequest forProject(Path projectDir) {
        return new BuildRequest(projectDir.resolve("profile.json"), "profile.json",
                projectDir.resolve("templates"), projectDir.resolve("static"),
                projectDir.resolve("target").resolve("public"), null,
                projectDir.resolve("content").resolve("posts"), false);
    }
}
